# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_category_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_CategoryDialog(object):
    def setupUi(self, CategoryDialog):
        if not CategoryDialog.objectName():
            CategoryDialog.setObjectName(u"CategoryDialog")
        CategoryDialog.resize(560, 300)
        self.layout = QVBoxLayout(CategoryDialog)
        self.layout.setObjectName(u"layout")
        self.categoryGroup = QGroupBox(CategoryDialog)
        self.categoryGroup.setObjectName(u"categoryGroup")
        self.form = QFormLayout(self.categoryGroup)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(self.categoryGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEditBox = QVBoxLayout()
        self.nameEditBox.setSpacing(2)
        self.nameEditBox.setObjectName(u"nameEditBox")
        self.nameEditBox.setContentsMargins(0, 0, 0, 0)
        self.nameEdit = QLineEdit(self.categoryGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameEditBox.addWidget(self.nameEdit)

        self.nameError = QLabel(self.categoryGroup)
        self.nameError.setObjectName(u"nameError")

        self.nameEditBox.addWidget(self.nameError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameEditBox)

        self.sectionLabel = QLabel(self.categoryGroup)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectionLabel)

        self.sectionComboBox = QVBoxLayout()
        self.sectionComboBox.setSpacing(2)
        self.sectionComboBox.setObjectName(u"sectionComboBox")
        self.sectionComboBox.setContentsMargins(0, 0, 0, 0)
        self.sectionCombo = QComboBox(self.categoryGroup)
        self.sectionCombo.setObjectName(u"sectionCombo")

        self.sectionComboBox.addWidget(self.sectionCombo)

        self.sectionError = QLabel(self.categoryGroup)
        self.sectionError.setObjectName(u"sectionError")

        self.sectionComboBox.addWidget(self.sectionError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.sectionComboBox)

        self.minutesLabel = QLabel(self.categoryGroup)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutesSpinBox = QVBoxLayout()
        self.minutesSpinBox.setSpacing(2)
        self.minutesSpinBox.setObjectName(u"minutesSpinBox")
        self.minutesSpinBox.setContentsMargins(0, 0, 0, 0)
        self.minutesSpin = QSpinBox(self.categoryGroup)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMinimum(0)
        self.minutesSpin.setMaximum(600)

        self.minutesSpinBox.addWidget(self.minutesSpin)

        self.service_minutesError = QLabel(self.categoryGroup)
        self.service_minutesError.setObjectName(u"service_minutesError")

        self.minutesSpinBox.addWidget(self.service_minutesError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.minutesSpinBox)

        self.sortOrderLabel = QLabel(self.categoryGroup)
        self.sortOrderLabel.setObjectName(u"sortOrderLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sortOrderLabel)

        self.sortOrderSpinBox = QVBoxLayout()
        self.sortOrderSpinBox.setSpacing(2)
        self.sortOrderSpinBox.setObjectName(u"sortOrderSpinBox")
        self.sortOrderSpinBox.setContentsMargins(0, 0, 0, 0)
        self.sortOrderSpin = QSpinBox(self.categoryGroup)
        self.sortOrderSpin.setObjectName(u"sortOrderSpin")
        self.sortOrderSpin.setMinimum(0)
        self.sortOrderSpin.setMaximum(999)

        self.sortOrderSpinBox.addWidget(self.sortOrderSpin)

        self.sort_orderError = QLabel(self.categoryGroup)
        self.sort_orderError.setObjectName(u"sort_orderError")

        self.sortOrderSpinBox.addWidget(self.sort_orderError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.sortOrderSpinBox)

        self.activeCheck = QCheckBox(self.categoryGroup)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.layout.addWidget(self.categoryGroup)

        self.minutesHint = QLabel(CategoryDialog)
        self.minutesHint.setObjectName(u"minutesHint")
        self.minutesHint.setStyleSheet(u"color: #555;")
        self.minutesHint.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.minutesHint.sizePolicy().hasHeightForWidth())
        self.minutesHint.setSizePolicy(sizePolicy)

        self.layout.addWidget(self.minutesHint)

        self.generalError = QLabel(CategoryDialog)
        self.generalError.setObjectName(u"generalError")

        self.layout.addWidget(self.generalError)

        self.dialogSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.dialogSpacer)

        self.buttons = QDialogButtonBox(CategoryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.sectionLabel.setBuddy(self.sectionCombo)
        self.minutesLabel.setBuddy(self.minutesSpin)
        self.sortOrderLabel.setBuddy(self.sortOrderSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.sectionCombo)
        QWidget.setTabOrder(self.sectionCombo, self.minutesSpin)
        QWidget.setTabOrder(self.minutesSpin, self.sortOrderSpin)
        QWidget.setTabOrder(self.sortOrderSpin, self.activeCheck)

        self.retranslateUi(CategoryDialog)

        QMetaObject.connectSlotsByName(CategoryDialog)
    # setupUi

    def retranslateUi(self, CategoryDialog):
        CategoryDialog.setWindowTitle(QCoreApplication.translate("CategoryDialog", u"Kategori layanan", None))
        self.categoryGroup.setTitle(QCoreApplication.translate("CategoryDialog", u"Kategori layanan", None))
        self.nameLabel.setText(QCoreApplication.translate("CategoryDialog", u"&Nama kategori", None))
        self.sectionLabel.setText(QCoreApplication.translate("CategoryDialog", u"&Seksi", None))
        self.minutesLabel.setText(QCoreApplication.translate("CategoryDialog", u"&Target layanan", None))
        self.minutesSpin.setSuffix(QCoreApplication.translate("CategoryDialog", u" menit", None))
        self.minutesSpin.setSpecialValueText(QCoreApplication.translate("CategoryDialog", u"Standar kantor", None))
        self.sortOrderLabel.setText(QCoreApplication.translate("CategoryDialog", u"&Urutan", None))
        self.activeCheck.setText(QCoreApplication.translate("CategoryDialog", u"&Aktif (dapat dipilih petugas)", None))
        self.minutesHint.setText("")
    # retranslateUi

