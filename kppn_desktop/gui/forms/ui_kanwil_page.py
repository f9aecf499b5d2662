# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kanwil_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_KanwilPage(object):
    def setupUi(self, KanwilPage):
        if not KanwilPage.objectName():
            KanwilPage.setObjectName(u"KanwilPage")
        KanwilPage.resize(1000, 680)
        self.layout = QVBoxLayout(KanwilPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(KanwilPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.layout.addWidget(self.titleLabel)

        self.periodBox = QGroupBox(KanwilPage)
        self.periodBox.setObjectName(u"periodBox")
        self.periodLayout = QGridLayout(self.periodBox)
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodLayout.setHorizontalSpacing(8)
        self.presetLabel = QLabel(self.periodBox)
        self.presetLabel.setObjectName(u"presetLabel")

        self.periodLayout.addWidget(self.presetLabel, 0, 0, 1, 1)

        self.presetCombo = QComboBox(self.periodBox)
        self.presetCombo.setObjectName(u"presetCombo")

        self.periodLayout.addWidget(self.presetCombo, 0, 1, 1, 1)

        self.fromLabel = QLabel(self.periodBox)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodLayout.addWidget(self.fromLabel, 0, 2, 1, 1)

        self.fromEdit = QDateEdit(self.periodBox)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromEdit, 0, 3, 1, 1)

        self.toLabel = QLabel(self.periodBox)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel, 0, 4, 1, 1)

        self.toEdit = QDateEdit(self.periodBox)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.toEdit, 0, 5, 1, 1)

        self.makeButton = QPushButton(self.periodBox)
        self.makeButton.setObjectName(u"makeButton")

        self.periodLayout.addWidget(self.makeButton, 0, 6, 1, 1)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer, 0, 7, 1, 1)

        self.date_toError = QLabel(self.periodBox)
        self.date_toError.setObjectName(u"date_toError")

        self.periodLayout.addWidget(self.date_toError, 1, 2, 1, 5)


        self.layout.addWidget(self.periodBox)

        self.summaryLabel = QLabel(KanwilPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(KanwilPage)
        self.tabs.setObjectName(u"tabs")
        self.rankingTab = QWidget()
        self.rankingTab.setObjectName(u"rankingTab")
        self.rankingLayout = QVBoxLayout(self.rankingTab)
        self.rankingLayout.setObjectName(u"rankingLayout")
        self.rankingView = QTableView(self.rankingTab)
        self.rankingView.setObjectName(u"rankingView")
        self.rankingView.setAlternatingRowColors(True)
        self.rankingView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.rankingLayout.addWidget(self.rankingView)

        self.rankingRuleLabel = QLabel(self.rankingTab)
        self.rankingRuleLabel.setObjectName(u"rankingRuleLabel")
        self.rankingRuleLabel.setWordWrap(True)
        self.rankingRuleLabel.setStyleSheet(u"color: #555;")

        self.rankingLayout.addWidget(self.rankingRuleLabel)

        self.tabs.addTab(self.rankingTab, "")
        self.overdueTab = QWidget()
        self.overdueTab.setObjectName(u"overdueTab")
        self.overdueLayout = QVBoxLayout(self.overdueTab)
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueView = QTableView(self.overdueTab)
        self.overdueView.setObjectName(u"overdueView")
        self.overdueView.setAlternatingRowColors(True)
        self.overdueView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.overdueLayout.addWidget(self.overdueView)

        self.tabs.addTab(self.overdueTab, "")

        self.layout.addWidget(self.tabs)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.printButton = QPushButton(KanwilPage)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.savePdfButton = QPushButton(KanwilPage)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.buttonRow.addWidget(self.savePdfButton)

        self.xlsxButton = QPushButton(KanwilPage)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.buttonRow.addWidget(self.xlsxButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.presetLabel.setBuddy(self.presetCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.presetCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.makeButton)
        QWidget.setTabOrder(self.makeButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.rankingView)
        QWidget.setTabOrder(self.rankingView, self.overdueView)
        QWidget.setTabOrder(self.overdueView, self.printButton)
        QWidget.setTabOrder(self.printButton, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.xlsxButton)

        self.retranslateUi(KanwilPage)

        self.makeButton.setDefault(True)


        QMetaObject.connectSlotsByName(KanwilPage)
    # setupUi

    def retranslateUi(self, KanwilPage):
        self.titleLabel.setText(QCoreApplication.translate("KanwilPage", u"Laporan gabungan KPPN", None))
        self.periodBox.setTitle(QCoreApplication.translate("KanwilPage", u"Periode", None))
        self.presetLabel.setText(QCoreApplication.translate("KanwilPage", u"&Pilihan cepat", None))
        self.fromLabel.setText(QCoreApplication.translate("KanwilPage", u"&Dari", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("KanwilPage", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("KanwilPage", u"&Sampai", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("KanwilPage", u"dd/MM/yyyy", None))
        self.makeButton.setText(QCoreApplication.translate("KanwilPage", u"&Buat laporan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rankingTab), QCoreApplication.translate("KanwilPage", u"Peringkat &KPPN", None))
        self.tabs.setTabText(self.tabs.indexOf(self.overdueTab), QCoreApplication.translate("KanwilPage", u"&Eskalasi melewati batas", None))
        self.printButton.setText(QCoreApplication.translate("KanwilPage", u"&Pratinjau && cetak\u2026", None))
        self.savePdfButton.setText(QCoreApplication.translate("KanwilPage", u"Simpan P&DF\u2026", None))
        self.xlsxButton.setText(QCoreApplication.translate("KanwilPage", u"Ekspor &XLSX\u2026", None))
        pass
    # retranslateUi

