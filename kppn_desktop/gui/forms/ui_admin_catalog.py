# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_catalog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_CatalogTab(object):
    def setupUi(self, CatalogTab):
        if not CatalogTab.objectName():
            CatalogTab.setObjectName(u"CatalogTab")
        CatalogTab.resize(1100, 560)
        self.layout = QHBoxLayout(CatalogTab)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.sectionsGroup = QGroupBox(CatalogTab)
        self.sectionsGroup.setObjectName(u"sectionsGroup")
        self.sectionsLayout = QVBoxLayout(self.sectionsGroup)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsView = QTableView(self.sectionsGroup)
        self.sectionsView.setObjectName(u"sectionsView")
        self.sectionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sectionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sectionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sectionsView.setAlternatingRowColors(True)
        self.sectionsView.setWordWrap(False)
        self.sectionsView.horizontalHeader().setStretchLastSection(True)
        self.sectionsView.verticalHeader().setVisible(False)

        self.sectionsLayout.addWidget(self.sectionsView)

        self.sectionButtons = QHBoxLayout()
        self.sectionButtons.setObjectName(u"sectionButtons")
        self.addSectionButton = QPushButton(self.sectionsGroup)
        self.addSectionButton.setObjectName(u"addSectionButton")

        self.sectionButtons.addWidget(self.addSectionButton)

        self.editSectionButton = QPushButton(self.sectionsGroup)
        self.editSectionButton.setObjectName(u"editSectionButton")

        self.sectionButtons.addWidget(self.editSectionButton)

        self.sectionSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sectionButtons.addItem(self.sectionSpacer)


        self.sectionsLayout.addLayout(self.sectionButtons)

        self.sectionsLayout.setStretch(0, 1)

        self.layout.addWidget(self.sectionsGroup)

        self.categoriesGroup = QGroupBox(CatalogTab)
        self.categoriesGroup.setObjectName(u"categoriesGroup")
        self.categoriesLayout = QVBoxLayout(self.categoriesGroup)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categoriesView = QTableView(self.categoriesGroup)
        self.categoriesView.setObjectName(u"categoriesView")
        self.categoriesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categoriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.categoriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.categoriesView.setAlternatingRowColors(True)
        self.categoriesView.setWordWrap(False)
        self.categoriesView.horizontalHeader().setStretchLastSection(True)
        self.categoriesView.verticalHeader().setVisible(False)

        self.categoriesLayout.addWidget(self.categoriesView)

        self.categoryButtons = QHBoxLayout()
        self.categoryButtons.setObjectName(u"categoryButtons")
        self.addCategoryButton = QPushButton(self.categoriesGroup)
        self.addCategoryButton.setObjectName(u"addCategoryButton")

        self.categoryButtons.addWidget(self.addCategoryButton)

        self.editCategoryButton = QPushButton(self.categoriesGroup)
        self.editCategoryButton.setObjectName(u"editCategoryButton")

        self.categoryButtons.addWidget(self.editCategoryButton)

        self.categorySpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.categoryButtons.addItem(self.categorySpacer)

        self.standardLabel = QLabel(self.categoriesGroup)
        self.standardLabel.setObjectName(u"standardLabel")
        self.standardLabel.setStyleSheet(u"color: #555;")

        self.categoryButtons.addWidget(self.standardLabel)


        self.categoriesLayout.addLayout(self.categoryButtons)

        self.categoriesLayout.setStretch(0, 1)

        self.layout.addWidget(self.categoriesGroup)

        self.layout.setStretch(0, 2)
        self.layout.setStretch(1, 3)
        QWidget.setTabOrder(self.sectionsView, self.addSectionButton)
        QWidget.setTabOrder(self.addSectionButton, self.editSectionButton)
        QWidget.setTabOrder(self.editSectionButton, self.categoriesView)
        QWidget.setTabOrder(self.categoriesView, self.addCategoryButton)
        QWidget.setTabOrder(self.addCategoryButton, self.editCategoryButton)

        self.retranslateUi(CatalogTab)

        QMetaObject.connectSlotsByName(CatalogTab)
    # setupUi

    def retranslateUi(self, CatalogTab):
        self.sectionsGroup.setTitle(QCoreApplication.translate("CatalogTab", u"Seksi", None))
#if QT_CONFIG(accessibility)
        self.sectionsView.setAccessibleName(QCoreApplication.translate("CatalogTab", u"Daftar seksi", None))
#endif // QT_CONFIG(accessibility)
        self.addSectionButton.setText(QCoreApplication.translate("CatalogTab", u"Tambah s&eksi\u2026", None))
        self.editSectionButton.setText(QCoreApplication.translate("CatalogTab", u"U&bah seksi\u2026", None))
        self.categoriesGroup.setTitle(QCoreApplication.translate("CatalogTab", u"Kategori layanan", None))
#if QT_CONFIG(accessibility)
        self.categoriesView.setAccessibleName(QCoreApplication.translate("CatalogTab", u"Daftar kategori layanan", None))
#endif // QT_CONFIG(accessibility)
        self.addCategoryButton.setText(QCoreApplication.translate("CatalogTab", u"Tambah &kategori\u2026", None))
        self.editCategoryButton.setText(QCoreApplication.translate("CatalogTab", u"Ubah k&ategori\u2026", None))
        self.standardLabel.setText("")
        pass
    # retranslateUi

