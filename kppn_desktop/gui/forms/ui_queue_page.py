# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'queue_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_QueuePage(object):
    def setupUi(self, QueuePage):
        if not QueuePage.objectName():
            QueuePage.setObjectName(u"QueuePage")
        QueuePage.resize(1200, 720)
        self.layout = QVBoxLayout(QueuePage)
        self.layout.setObjectName(u"layout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(QueuePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.titleRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.countLabel = QLabel(QueuePage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"font-size: 11pt; font-weight: 600;")

        self.titleRow.addWidget(self.countLabel)


        self.layout.addLayout(self.titleRow)

        self.listSelector = QWidget(QueuePage)
        self.listSelector.setObjectName(u"listSelector")
        self.listSelector.setStyleSheet(u"QPushButton { padding: 5px 14px; border: 1px solid #b8c0c8; background: #f4f6f8; }\n"
"QPushButton:hover { background: #e6ebf0; }\n"
"QPushButton:checked { background: #1e5aa8; color: white; border-color: #1e5aa8; }\n"
"QPushButton:focus { border: 1px solid #0b3d7a; }")
        self.listLayout = QHBoxLayout(self.listSelector)
        self.listLayout.setSpacing(0)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.todayButton = QPushButton(self.listSelector)
        self.todayButton.setObjectName(u"todayButton")
        self.todayButton.setCheckable(True)
        self.todayButton.setChecked(True)
        self.todayButton.setAutoExclusive(True)

        self.listLayout.addWidget(self.todayButton)

        self.mineButton = QPushButton(self.listSelector)
        self.mineButton.setObjectName(u"mineButton")
        self.mineButton.setCheckable(True)
        self.mineButton.setAutoExclusive(True)

        self.listLayout.addWidget(self.mineButton)

        self.waitingButton = QPushButton(self.listSelector)
        self.waitingButton.setObjectName(u"waitingButton")
        self.waitingButton.setCheckable(True)
        self.waitingButton.setAutoExclusive(True)

        self.listLayout.addWidget(self.waitingButton)

        self.escalatedButton = QPushButton(self.listSelector)
        self.escalatedButton.setObjectName(u"escalatedButton")
        self.escalatedButton.setCheckable(True)
        self.escalatedButton.setAutoExclusive(True)

        self.listLayout.addWidget(self.escalatedButton)

        self.overdueButton = QPushButton(self.listSelector)
        self.overdueButton.setObjectName(u"overdueButton")
        self.overdueButton.setCheckable(True)
        self.overdueButton.setAutoExclusive(True)

        self.listLayout.addWidget(self.overdueButton)

        self.allButton = QPushButton(self.listSelector)
        self.allButton.setObjectName(u"allButton")
        self.allButton.setCheckable(True)
        self.allButton.setAutoExclusive(True)

        self.listLayout.addWidget(self.allButton)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listLayout.addItem(self.listSpacer)


        self.layout.addWidget(self.listSelector)

        self.filterBox = QGroupBox(QueuePage)
        self.filterBox.setObjectName(u"filterBox")
        self.filterLayout = QGridLayout(self.filterBox)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchLabel = QLabel(self.filterBox)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel, 0, 0, 1, 1)

        self.searchEdit = QLineEdit(self.filterBox)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit, 0, 1, 1, 5)

        self.clearButton = QPushButton(self.filterBox)
        self.clearButton.setObjectName(u"clearButton")

        self.filterLayout.addWidget(self.clearButton, 3, 5, 1, 1, Qt.AlignmentFlag.AlignRight)

        self.dateCheck = QCheckBox(self.filterBox)
        self.dateCheck.setObjectName(u"dateCheck")

        self.filterLayout.addWidget(self.dateCheck, 1, 0, 1, 1)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.fromLabel = QLabel(self.filterBox)
        self.fromLabel.setObjectName(u"fromLabel")

        self.dateRow.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(self.filterBox)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.dateRow.addWidget(self.fromEdit)

        self.toLabel = QLabel(self.filterBox)
        self.toLabel.setObjectName(u"toLabel")

        self.dateRow.addWidget(self.toLabel)

        self.toEdit = QDateEdit(self.filterBox)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.dateRow.addWidget(self.toEdit)


        self.filterLayout.addLayout(self.dateRow, 1, 1, 1, 1)

        self.date_toError = QLabel(self.filterBox)
        self.date_toError.setObjectName(u"date_toError")
        self.date_toError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.filterLayout.addWidget(self.date_toError, 2, 1, 2, 1)

        self.channelLabel = QLabel(self.filterBox)
        self.channelLabel.setObjectName(u"channelLabel")

        self.filterLayout.addWidget(self.channelLabel, 1, 2, 1, 1)

        self.channelCombo = QComboBox(self.filterBox)
        self.channelCombo.setObjectName(u"channelCombo")
        self.channelCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.channelCombo.setMinimumContentsLength(14)

        self.filterLayout.addWidget(self.channelCombo, 1, 3, 1, 1)

        self.stateLabel = QLabel(self.filterBox)
        self.stateLabel.setObjectName(u"stateLabel")

        self.filterLayout.addWidget(self.stateLabel, 1, 4, 1, 1)

        self.stateCombo = QComboBox(self.filterBox)
        self.stateCombo.setObjectName(u"stateCombo")
        self.stateCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stateCombo.setMinimumContentsLength(14)

        self.filterLayout.addWidget(self.stateCombo, 1, 5, 1, 1)

        self.categoryLabel = QLabel(self.filterBox)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.filterLayout.addWidget(self.categoryLabel, 2, 2, 1, 1)

        self.categoryCombo = QComboBox(self.filterBox)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.categoryCombo.setMinimumContentsLength(14)

        self.filterLayout.addWidget(self.categoryCombo, 2, 3, 1, 1)

        self.officerLabel = QLabel(self.filterBox)
        self.officerLabel.setObjectName(u"officerLabel")

        self.filterLayout.addWidget(self.officerLabel, 2, 4, 1, 1)

        self.officerCombo = QComboBox(self.filterBox)
        self.officerCombo.setObjectName(u"officerCombo")
        self.officerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.officerCombo.setMinimumContentsLength(14)

        self.filterLayout.addWidget(self.officerCombo, 2, 5, 1, 1)

        self.sectionLabel = QLabel(self.filterBox)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.filterLayout.addWidget(self.sectionLabel, 3, 2, 1, 1)

        self.sectionCombo = QComboBox(self.filterBox)
        self.sectionCombo.setObjectName(u"sectionCombo")
        self.sectionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sectionCombo.setMinimumContentsLength(14)

        self.filterLayout.addWidget(self.sectionCombo, 3, 3, 1, 1)

        self.filterLayout.setColumnStretch(3, 1)
        self.filterLayout.setColumnStretch(5, 1)

        self.layout.addWidget(self.filterBox)

        self.table = QTableView(QueuePage)
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
        self.hintLabel = QLabel(QueuePage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.buttonRow.addWidget(self.hintLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.openButton = QPushButton(QueuePage)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.stateLabel.setBuddy(self.stateCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.officerLabel.setBuddy(self.officerCombo)
        self.sectionLabel.setBuddy(self.sectionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.todayButton, self.mineButton)
        QWidget.setTabOrder(self.mineButton, self.waitingButton)
        QWidget.setTabOrder(self.waitingButton, self.escalatedButton)
        QWidget.setTabOrder(self.escalatedButton, self.overdueButton)
        QWidget.setTabOrder(self.overdueButton, self.allButton)
        QWidget.setTabOrder(self.allButton, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.dateCheck)
        QWidget.setTabOrder(self.dateCheck, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.stateCombo)
        QWidget.setTabOrder(self.stateCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.officerCombo)
        QWidget.setTabOrder(self.officerCombo, self.sectionCombo)
        QWidget.setTabOrder(self.sectionCombo, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.table)
        QWidget.setTabOrder(self.table, self.openButton)

        self.retranslateUi(QueuePage)

        QMetaObject.connectSlotsByName(QueuePage)
    # setupUi

    def retranslateUi(self, QueuePage):
        self.titleLabel.setText(QCoreApplication.translate("QueuePage", u"Daftar konsultasi", None))
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("QueuePage", u"Jumlah konsultasi", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.listSelector.setAccessibleName(QCoreApplication.translate("QueuePage", u"Pilihan daftar", None))
#endif // QT_CONFIG(accessibility)
        self.todayButton.setText(QCoreApplication.translate("QueuePage", u"&Hari ini", None))
#if QT_CONFIG(tooltip)
        self.todayButton.setToolTip(QCoreApplication.translate("QueuePage", u"Konsultasi yang diterima hari ini", None))
#endif // QT_CONFIG(tooltip)
        self.mineButton.setText(QCoreApplication.translate("QueuePage", u"&Milik saya", None))
#if QT_CONFIG(tooltip)
        self.mineButton.setToolTip(QCoreApplication.translate("QueuePage", u"Konsultasi yang saya catat", None))
#endif // QT_CONFIG(tooltip)
        self.waitingButton.setText(QCoreApplication.translate("QueuePage", u"Menunggu &dokumen", None))
#if QT_CONFIG(tooltip)
        self.waitingButton.setToolTip(QCoreApplication.translate("QueuePage", u"Konsultasi yang menunggu dokumen dari stakeholder", None))
#endif // QT_CONFIG(tooltip)
        self.escalatedButton.setText(QCoreApplication.translate("QueuePage", u"Di&eskalasi", None))
#if QT_CONFIG(tooltip)
        self.escalatedButton.setToolTip(QCoreApplication.translate("QueuePage", u"Konsultasi yang sedang dieskalasi ke Kepala Seksi", None))
#endif // QT_CONFIG(tooltip)
        self.overdueButton.setText(QCoreApplication.translate("QueuePage", u"Ter&lambat", None))
#if QT_CONFIG(tooltip)
        self.overdueButton.setToolTip(QCoreApplication.translate("QueuePage", u"Konsultasi belum selesai yang melewati batas waktunya", None))
#endif // QT_CONFIG(tooltip)
        self.allButton.setText(QCoreApplication.translate("QueuePage", u"&Semua", None))
#if QT_CONFIG(tooltip)
        self.allButton.setToolTip(QCoreApplication.translate("QueuePage", u"Semua konsultasi", None))
#endif // QT_CONFIG(tooltip)
        self.filterBox.setTitle(QCoreApplication.translate("QueuePage", u"Cari dan saring", None))
        self.searchLabel.setText(QCoreApplication.translate("QueuePage", u"&Cari", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("QueuePage", u"Nomor, nama stakeholder, kode/nama satker, isi pertanyaan atau jawaban", None))
        self.clearButton.setText(QCoreApplication.translate("QueuePage", u"Kosongkan &filter", None))
        self.dateCheck.setText(QCoreApplication.translate("QueuePage", u"Tan&ggal diterima", None))
        self.fromLabel.setText(QCoreApplication.translate("QueuePage", u"da&ri", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("QueuePage", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("QueuePage", u"sampai", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("QueuePage", u"dd/MM/yyyy", None))
        self.channelLabel.setText(QCoreApplication.translate("QueuePage", u"Ka&nal", None))
        self.stateLabel.setText(QCoreApplication.translate("QueuePage", u"Stat&us", None))
        self.categoryLabel.setText(QCoreApplication.translate("QueuePage", u"Kateg&ori", None))
        self.officerLabel.setText(QCoreApplication.translate("QueuePage", u"&Petugas", None))
        self.sectionLabel.setText(QCoreApplication.translate("QueuePage", u"Seks&i", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("QueuePage", u"Daftar konsultasi", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("QueuePage", u"Klik dua kali atau tekan Enter pada baris untuk membuka konsultasi.", None))
        self.openButton.setText(QCoreApplication.translate("QueuePage", u"Buk&a konsultasi", None))
        pass
    # retranslateUi

