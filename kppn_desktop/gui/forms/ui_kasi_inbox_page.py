# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kasi_inbox_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_KasiInboxPage(object):
    def setupUi(self, KasiInboxPage):
        if not KasiInboxPage.objectName():
            KasiInboxPage.setObjectName(u"KasiInboxPage")
        KasiInboxPage.resize(1200, 720)
        self.layout = QVBoxLayout(KasiInboxPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(KasiInboxPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(KasiInboxPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setStyleSheet(u"color: #555;")

        self.layout.addWidget(self.introLabel)

        self.summaryBox = QGroupBox(KasiInboxPage)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryLayout = QHBoxLayout(self.summaryBox)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.openCountLabel = QLabel(self.summaryBox)
        self.openCountLabel.setObjectName(u"openCountLabel")

        self.summaryLayout.addWidget(self.openCountLabel)

        self.dueTodayLabel = QLabel(self.summaryBox)
        self.dueTodayLabel.setObjectName(u"dueTodayLabel")

        self.summaryLayout.addWidget(self.dueTodayLabel)

        self.overdueLabel = QLabel(self.summaryBox)
        self.overdueLabel.setObjectName(u"overdueLabel")

        self.summaryLayout.addWidget(self.overdueLabel)

        self.missedLabel = QLabel(self.summaryBox)
        self.missedLabel.setObjectName(u"missedLabel")

        self.summaryLayout.addWidget(self.missedLabel)

        self.summarySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.summaryLayout.addItem(self.summarySpacer)


        self.layout.addWidget(self.summaryBox)

        self.noSectionLabel = QLabel(KasiInboxPage)
        self.noSectionLabel.setObjectName(u"noSectionLabel")
        self.noSectionLabel.setWordWrap(True)

        self.layout.addWidget(self.noSectionLabel)

        self.table = QTableView(KasiInboxPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.hintLabel = QLabel(KasiInboxPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.buttonRow.addWidget(self.hintLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.openButton = QPushButton(KasiInboxPage)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)


        self.layout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.table, self.openButton)

        self.retranslateUi(KasiInboxPage)

        QMetaObject.connectSlotsByName(KasiInboxPage)
    # setupUi

    def retranslateUi(self, KasiInboxPage):
        self.titleLabel.setText(QCoreApplication.translate("KasiInboxPage", u"Eskalasi seksi", None))
        self.introLabel.setText(QCoreApplication.translate("KasiInboxPage", u"Konsultasi yang dieskalasi ke seksi Anda, diurutkan menurut batas waktu solusi (terdekat di atas).", None))
        self.summaryBox.setTitle(QCoreApplication.translate("KasiInboxPage", u"Ringkasan", None))
        self.openCountLabel.setText("")
        self.dueTodayLabel.setText("")
        self.overdueLabel.setText("")
        self.missedLabel.setText("")
        self.noSectionLabel.setText(QCoreApplication.translate("KasiInboxPage", u"Akun Anda belum terhubung ke seksi mana pun. Minta administrator mengisi seksi Anda.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("KasiInboxPage", u"Eskalasi seksi", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("KasiInboxPage", u"Klik dua kali atau tekan Enter pada baris untuk membuka konsultasi, memberi tanggapan, atau menyelesaikannya.", None))
        self.openButton.setText(QCoreApplication.translate("KasiInboxPage", u"Buk&a konsultasi", None))
        pass
    # retranslateUi

