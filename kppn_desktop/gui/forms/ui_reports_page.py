# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1000, 680)
        self.layout = QVBoxLayout(ReportsPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.layout.addWidget(self.titleLabel)

        self.periodBox = QGroupBox(ReportsPage)
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

        self.summaryLabel = QLabel(ReportsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.summaryLabel)

        self.previewArea = QScrollArea(ReportsPage)
        self.previewArea.setObjectName(u"previewArea")
        self.previewArea.setWidgetResizable(True)
        self.previewContents = QWidget()
        self.previewContents.setObjectName(u"previewContents")
        self.previewLayout = QVBoxLayout(self.previewContents)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewArea.setWidget(self.previewContents)

        self.layout.addWidget(self.previewArea)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.printButton = QPushButton(ReportsPage)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.savePdfButton = QPushButton(ReportsPage)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.buttonRow.addWidget(self.savePdfButton)

        self.csvButton = QPushButton(ReportsPage)
        self.csvButton.setObjectName(u"csvButton")

        self.buttonRow.addWidget(self.csvButton)

        self.xlsxButton = QPushButton(ReportsPage)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.buttonRow.addWidget(self.xlsxButton)

        self.issueButton = QPushButton(ReportsPage)
        self.issueButton.setObjectName(u"issueButton")

        self.buttonRow.addWidget(self.issueButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.presetLabel.setBuddy(self.presetCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.presetCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.makeButton)
        QWidget.setTabOrder(self.makeButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.csvButton)
        QWidget.setTabOrder(self.csvButton, self.xlsxButton)
        QWidget.setTabOrder(self.xlsxButton, self.issueButton)

        self.retranslateUi(ReportsPage)

        self.makeButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Laporan layanan konsultasi", None))
        self.periodBox.setTitle(QCoreApplication.translate("ReportsPage", u"Periode", None))
        self.presetLabel.setText(QCoreApplication.translate("ReportsPage", u"&Pilihan cepat", None))
        self.fromLabel.setText(QCoreApplication.translate("ReportsPage", u"&Dari", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("ReportsPage", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("ReportsPage", u"&Sampai", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("ReportsPage", u"dd/MM/yyyy", None))
        self.makeButton.setText(QCoreApplication.translate("ReportsPage", u"&Buat laporan", None))
        self.printButton.setText(QCoreApplication.translate("ReportsPage", u"&Pratinjau && cetak\u2026", None))
        self.savePdfButton.setText(QCoreApplication.translate("ReportsPage", u"Simpan P&DF\u2026", None))
        self.csvButton.setText(QCoreApplication.translate("ReportsPage", u"Ekspor &CSV\u2026", None))
        self.xlsxButton.setText(QCoreApplication.translate("ReportsPage", u"Ekspor &XLSX\u2026", None))
#if QT_CONFIG(tooltip)
        self.issueButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Simpan laporan periode yang sudah berakhir sebagai laporan resmi dengan kode verifikasi (Kepala Kantor)", None))
#endif // QT_CONFIG(tooltip)
        self.issueButton.setText(QCoreApplication.translate("ReportsPage", u"&Terbitkan\u2026", None))
        pass
    # retranslateUi

