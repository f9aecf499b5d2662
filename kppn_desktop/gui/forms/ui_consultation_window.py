# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultation_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_ConsultationWindow(object):
    def setupUi(self, ConsultationWindow):
        if not ConsultationWindow.objectName():
            ConsultationWindow.setObjectName(u"ConsultationWindow")
        ConsultationWindow.resize(1180, 740)
        ConsultationWindow.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(ConsultationWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerBox = QGroupBox(ConsultationWindow)
        self.headerBox.setObjectName(u"headerBox")
        self.headerGrid = QGridLayout(self.headerBox)
        self.headerGrid.setObjectName(u"headerGrid")
        self.headerGrid.setHorizontalSpacing(12)
        self.headerGrid.setVerticalSpacing(4)
        self.numberLabel = QLabel(self.headerBox)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setText(u"\u2014")
        self.numberLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")
        self.numberLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerGrid.addWidget(self.numberLabel, 0, 0, 1, 2)

        self.statusLabel = QLabel(self.headerBox)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"\u2014")
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)

        self.headerGrid.addWidget(self.statusLabel, 0, 2, 1, 2, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.stakeholderCaption = QLabel(self.headerBox)
        self.stakeholderCaption.setObjectName(u"stakeholderCaption")
        self.stakeholderCaption.setStyleSheet(u"color: #555;")

        self.headerGrid.addWidget(self.stakeholderCaption, 1, 0, 1, 1)

        self.stakeholderValue = QLabel(self.headerBox)
        self.stakeholderValue.setObjectName(u"stakeholderValue")
        self.stakeholderValue.setWordWrap(True)
        self.stakeholderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerGrid.addWidget(self.stakeholderValue, 1, 1, 1, 3)

        self.channelCaption = QLabel(self.headerBox)
        self.channelCaption.setObjectName(u"channelCaption")
        self.channelCaption.setStyleSheet(u"color: #555;")

        self.headerGrid.addWidget(self.channelCaption, 2, 0, 1, 1)

        self.channelValue = QLabel(self.headerBox)
        self.channelValue.setObjectName(u"channelValue")
        self.channelValue.setWordWrap(True)
        self.channelValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerGrid.addWidget(self.channelValue, 2, 1, 1, 1)

        self.receivedCaption = QLabel(self.headerBox)
        self.receivedCaption.setObjectName(u"receivedCaption")
        self.receivedCaption.setStyleSheet(u"color: #555;")

        self.headerGrid.addWidget(self.receivedCaption, 2, 2, 1, 1)

        self.receivedValue = QLabel(self.headerBox)
        self.receivedValue.setObjectName(u"receivedValue")
        self.receivedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerGrid.addWidget(self.receivedValue, 2, 3, 1, 1)

        self.categoryCaption = QLabel(self.headerBox)
        self.categoryCaption.setObjectName(u"categoryCaption")
        self.categoryCaption.setStyleSheet(u"color: #555;")

        self.headerGrid.addWidget(self.categoryCaption, 3, 0, 1, 1)

        self.categoryValue = QLabel(self.headerBox)
        self.categoryValue.setObjectName(u"categoryValue")
        self.categoryValue.setWordWrap(True)

        self.headerGrid.addWidget(self.categoryValue, 3, 1, 1, 1)

        self.sectionCaption = QLabel(self.headerBox)
        self.sectionCaption.setObjectName(u"sectionCaption")
        self.sectionCaption.setStyleSheet(u"color: #555;")

        self.headerGrid.addWidget(self.sectionCaption, 3, 2, 1, 1)

        self.sectionValue = QLabel(self.headerBox)
        self.sectionValue.setObjectName(u"sectionValue")
        self.sectionValue.setWordWrap(True)

        self.headerGrid.addWidget(self.sectionValue, 3, 3, 1, 1)

        self.officerCaption = QLabel(self.headerBox)
        self.officerCaption.setObjectName(u"officerCaption")
        self.officerCaption.setStyleSheet(u"color: #555;")

        self.headerGrid.addWidget(self.officerCaption, 4, 0, 1, 1)

        self.officerValue = QLabel(self.headerBox)
        self.officerValue.setObjectName(u"officerValue")

        self.headerGrid.addWidget(self.officerValue, 4, 1, 1, 1)

        self.contactCaption = QLabel(self.headerBox)
        self.contactCaption.setObjectName(u"contactCaption")
        self.contactCaption.setStyleSheet(u"color: #555;")

        self.headerGrid.addWidget(self.contactCaption, 4, 2, 1, 1)

        self.contactValue = QLabel(self.headerBox)
        self.contactValue.setObjectName(u"contactValue")
        self.contactValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerGrid.addWidget(self.contactValue, 4, 3, 1, 1)

        self.headerGrid.setColumnStretch(1, 1)
        self.headerGrid.setColumnStretch(3, 1)

        self.mainLayout.addWidget(self.headerBox)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.startServiceButton = QPushButton(ConsultationWindow)
        self.startServiceButton.setObjectName(u"startServiceButton")

        self.actionsLayout.addWidget(self.startServiceButton)

        self.resolveButton = QPushButton(ConsultationWindow)
        self.resolveButton.setObjectName(u"resolveButton")

        self.actionsLayout.addWidget(self.resolveButton)

        self.escalateButton = QPushButton(ConsultationWindow)
        self.escalateButton.setObjectName(u"escalateButton")

        self.actionsLayout.addWidget(self.escalateButton)

        self.rerouteButton = QPushButton(ConsultationWindow)
        self.rerouteButton.setObjectName(u"rerouteButton")

        self.actionsLayout.addWidget(self.rerouteButton)

        self.progressButton = QPushButton(ConsultationWindow)
        self.progressButton.setObjectName(u"progressButton")

        self.actionsLayout.addWidget(self.progressButton)

        self.kasiResponseButton = QPushButton(ConsultationWindow)
        self.kasiResponseButton.setObjectName(u"kasiResponseButton")

        self.actionsLayout.addWidget(self.kasiResponseButton)

        self.requestDocumentsButton = QPushButton(ConsultationWindow)
        self.requestDocumentsButton.setObjectName(u"requestDocumentsButton")

        self.actionsLayout.addWidget(self.requestDocumentsButton)

        self.documentsReceivedButton = QPushButton(ConsultationWindow)
        self.documentsReceivedButton.setObjectName(u"documentsReceivedButton")

        self.actionsLayout.addWidget(self.documentsReceivedButton)

        self.reopenButton = QPushButton(ConsultationWindow)
        self.reopenButton.setObjectName(u"reopenButton")

        self.actionsLayout.addWidget(self.reopenButton)

        self.noActionsLabel = QLabel(ConsultationWindow)
        self.noActionsLabel.setObjectName(u"noActionsLabel")
        self.noActionsLabel.setStyleSheet(u"color: #555;")

        self.actionsLayout.addWidget(self.noActionsLabel)

        self.actionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.printSlipButton = QPushButton(ConsultationWindow)
        self.printSlipButton.setObjectName(u"printSlipButton")

        self.actionsLayout.addWidget(self.printSlipButton)

        self.printReceiptButton = QPushButton(ConsultationWindow)
        self.printReceiptButton.setObjectName(u"printReceiptButton")

        self.actionsLayout.addWidget(self.printReceiptButton)

        self.reloadButton = QPushButton(ConsultationWindow)
        self.reloadButton.setObjectName(u"reloadButton")

        self.actionsLayout.addWidget(self.reloadButton)

        self.closeButton = QPushButton(ConsultationWindow)
        self.closeButton.setObjectName(u"closeButton")

        self.actionsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.actionsLayout)

        self.mainSplitter = QSplitter(ConsultationWindow)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.topSplitter = QSplitter(self.mainSplitter)
        self.topSplitter.setObjectName(u"topSplitter")
        self.topSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.topSplitter.setChildrenCollapsible(False)
        self.questionBox = QGroupBox(self.topSplitter)
        self.questionBox.setObjectName(u"questionBox")
        self.questionLayout = QVBoxLayout(self.questionBox)
        self.questionLayout.setObjectName(u"questionLayout")
        self.questionCaption = QLabel(self.questionBox)
        self.questionCaption.setObjectName(u"questionCaption")
        self.questionCaption.setStyleSheet(u"font-weight: 600;")

        self.questionLayout.addWidget(self.questionCaption)

        self.questionText = QTextBrowser(self.questionBox)
        self.questionText.setObjectName(u"questionText")

        self.questionLayout.addWidget(self.questionText)

        self.answerCaption = QLabel(self.questionBox)
        self.answerCaption.setObjectName(u"answerCaption")
        self.answerCaption.setStyleSheet(u"font-weight: 600;")

        self.questionLayout.addWidget(self.answerCaption)

        self.answerText = QTextBrowser(self.questionBox)
        self.answerText.setObjectName(u"answerText")

        self.questionLayout.addWidget(self.answerText)

        self.regulationValue = QLabel(self.questionBox)
        self.regulationValue.setObjectName(u"regulationValue")
        self.regulationValue.setWordWrap(True)
        self.regulationValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.questionLayout.addWidget(self.regulationValue)

        self.topSplitter.addWidget(self.questionBox)
        self.clocksBox = QGroupBox(self.topSplitter)
        self.clocksBox.setObjectName(u"clocksBox")
        self.clocksLayout = QVBoxLayout(self.clocksBox)
        self.clocksLayout.setObjectName(u"clocksLayout")
        self.clocksView = QTableView(self.clocksBox)
        self.clocksView.setObjectName(u"clocksView")
        self.clocksView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clocksView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clocksView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clocksView.setAlternatingRowColors(True)
        self.clocksView.horizontalHeader().setStretchLastSection(True)
        self.clocksView.verticalHeader().setVisible(False)

        self.clocksLayout.addWidget(self.clocksView)

        self.explanationCaption = QLabel(self.clocksBox)
        self.explanationCaption.setObjectName(u"explanationCaption")
        self.explanationCaption.setStyleSheet(u"font-weight: 600;")

        self.clocksLayout.addWidget(self.explanationCaption)

        self.explanationText = QTextBrowser(self.clocksBox)
        self.explanationText.setObjectName(u"explanationText")

        self.clocksLayout.addWidget(self.explanationText)

        self.clocksLayout.setStretch(0, 3)
        self.clocksLayout.setStretch(2, 2)
        self.topSplitter.addWidget(self.clocksBox)
        self.mainSplitter.addWidget(self.topSplitter)
        self.detailTabs = QTabWidget(self.mainSplitter)
        self.detailTabs.setObjectName(u"detailTabs")
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineLayout = QVBoxLayout(self.timelineTab)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineView = QTableView(self.timelineTab)
        self.timelineView.setObjectName(u"timelineView")
        self.timelineView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timelineView.setAlternatingRowColors(True)
        self.timelineView.setWordWrap(False)
        self.timelineView.horizontalHeader().setStretchLastSection(True)
        self.timelineView.verticalHeader().setVisible(False)

        self.timelineLayout.addWidget(self.timelineView)

        self.detailTabs.addTab(self.timelineTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsView = QTableView(self.attachmentsTab)
        self.attachmentsView.setObjectName(u"attachmentsView")
        self.attachmentsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachmentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachmentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachmentsView.setAlternatingRowColors(True)
        self.attachmentsView.horizontalHeader().setStretchLastSection(True)
        self.attachmentsView.verticalHeader().setVisible(False)

        self.attachmentsLayout.addWidget(self.attachmentsView)

        self.attachmentsError = QLabel(self.attachmentsTab)
        self.attachmentsError.setObjectName(u"attachmentsError")

        self.attachmentsLayout.addWidget(self.attachmentsError)

        self.attachmentButtons = QHBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.openAttachmentButton = QPushButton(self.attachmentsTab)
        self.openAttachmentButton.setObjectName(u"openAttachmentButton")

        self.attachmentButtons.addWidget(self.openAttachmentButton)

        self.addAttachmentButton = QPushButton(self.attachmentsTab)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")

        self.attachmentButtons.addWidget(self.addAttachmentButton)

        self.removeAttachmentButton = QPushButton(self.attachmentsTab)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")

        self.attachmentButtons.addWidget(self.removeAttachmentButton)

        self.attachmentSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentButtons.addItem(self.attachmentSpacer)


        self.attachmentsLayout.addLayout(self.attachmentButtons)

        self.detailTabs.addTab(self.attachmentsTab, "")
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.documentsLayout = QVBoxLayout(self.documentsTab)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsView = QTableView(self.documentsTab)
        self.documentsView.setObjectName(u"documentsView")
        self.documentsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documentsView.setAlternatingRowColors(True)
        self.documentsView.horizontalHeader().setStretchLastSection(True)
        self.documentsView.verticalHeader().setVisible(False)

        self.documentsLayout.addWidget(self.documentsView)

        self.detailTabs.addTab(self.documentsTab, "")
        self.mainSplitter.addWidget(self.detailTabs)

        self.mainLayout.addWidget(self.mainSplitter)

        QWidget.setTabOrder(self.startServiceButton, self.resolveButton)
        QWidget.setTabOrder(self.resolveButton, self.escalateButton)
        QWidget.setTabOrder(self.escalateButton, self.rerouteButton)
        QWidget.setTabOrder(self.rerouteButton, self.progressButton)
        QWidget.setTabOrder(self.progressButton, self.kasiResponseButton)
        QWidget.setTabOrder(self.kasiResponseButton, self.requestDocumentsButton)
        QWidget.setTabOrder(self.requestDocumentsButton, self.documentsReceivedButton)
        QWidget.setTabOrder(self.documentsReceivedButton, self.reopenButton)
        QWidget.setTabOrder(self.reopenButton, self.printSlipButton)
        QWidget.setTabOrder(self.printSlipButton, self.printReceiptButton)
        QWidget.setTabOrder(self.printReceiptButton, self.reloadButton)
        QWidget.setTabOrder(self.reloadButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.questionText)
        QWidget.setTabOrder(self.questionText, self.answerText)
        QWidget.setTabOrder(self.answerText, self.clocksView)
        QWidget.setTabOrder(self.clocksView, self.explanationText)
        QWidget.setTabOrder(self.explanationText, self.detailTabs)
        QWidget.setTabOrder(self.detailTabs, self.timelineView)
        QWidget.setTabOrder(self.timelineView, self.attachmentsView)
        QWidget.setTabOrder(self.attachmentsView, self.openAttachmentButton)
        QWidget.setTabOrder(self.openAttachmentButton, self.addAttachmentButton)
        QWidget.setTabOrder(self.addAttachmentButton, self.removeAttachmentButton)
        QWidget.setTabOrder(self.removeAttachmentButton, self.documentsView)

        self.retranslateUi(ConsultationWindow)

        self.detailTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ConsultationWindow)
    # setupUi

    def retranslateUi(self, ConsultationWindow):
        ConsultationWindow.setWindowTitle(QCoreApplication.translate("ConsultationWindow", u"Konsultasi \u2014 KPPN Desktop", None))
        self.headerBox.setTitle(QCoreApplication.translate("ConsultationWindow", u"Konsultasi", None))
        self.stakeholderCaption.setText(QCoreApplication.translate("ConsultationWindow", u"Stakeholder", None))
        self.channelCaption.setText(QCoreApplication.translate("ConsultationWindow", u"Kanal", None))
        self.receivedCaption.setText(QCoreApplication.translate("ConsultationWindow", u"Diterima", None))
        self.categoryCaption.setText(QCoreApplication.translate("ConsultationWindow", u"Kategori", None))
        self.sectionCaption.setText(QCoreApplication.translate("ConsultationWindow", u"Seksi", None))
        self.officerCaption.setText(QCoreApplication.translate("ConsultationWindow", u"Petugas", None))
        self.contactCaption.setText(QCoreApplication.translate("ConsultationWindow", u"Kontak person", None))
        self.startServiceButton.setText(QCoreApplication.translate("ConsultationWindow", u"&Mulai layani", None))
        self.resolveButton.setText(QCoreApplication.translate("ConsultationWindow", u"&Selesaikan\u2026", None))
#if QT_CONFIG(tooltip)
        self.resolveButton.setToolTip(QCoreApplication.translate("ConsultationWindow", u"Beri jawaban dan tandai Selesai (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.escalateButton.setText(QCoreApplication.translate("ConsultationWindow", u"&Eskalasi\u2026", None))
#if QT_CONFIG(tooltip)
        self.escalateButton.setToolTip(QCoreApplication.translate("ConsultationWindow", u"Teruskan ke Kepala Seksi (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.rerouteButton.setText(QCoreApplication.translate("ConsultationWindow", u"Pi&ndahkan seksi\u2026", None))
#if QT_CONFIG(tooltip)
        self.rerouteButton.setToolTip(QCoreApplication.translate("ConsultationWindow", u"Pindahkan eskalasi ke Kepala Seksi lain (salah seksi, atau seksinya belum memiliki Kepala Seksi)", None))
#endif // QT_CONFIG(tooltip)
        self.progressButton.setText(QCoreApplication.translate("ConsultationWindow", u"&Progres\u2026", None))
        self.kasiResponseButton.setText(QCoreApplication.translate("ConsultationWindow", u"&Tanggapan Kasi\u2026", None))
        self.requestDocumentsButton.setText(QCoreApplication.translate("ConsultationWindow", u"Minta &dokumen\u2026", None))
        self.documentsReceivedButton.setText(QCoreApplication.translate("ConsultationWindow", u"Dokumen dite&rima\u2026", None))
        self.reopenButton.setText(QCoreApplication.translate("ConsultationWindow", u"&Buka kembali\u2026", None))
        self.noActionsLabel.setText(QCoreApplication.translate("ConsultationWindow", u"Tidak ada tindakan yang dapat Anda lakukan pada konsultasi ini.", None))
        self.printSlipButton.setText(QCoreApplication.translate("ConsultationWindow", u"Cetak bukti", None))
#if QT_CONFIG(tooltip)
        self.printSlipButton.setToolTip(QCoreApplication.translate("ConsultationWindow", u"Bukti konsultasi: struk 80 mm, A5 atau A4", None))
#endif // QT_CONFIG(tooltip)
        self.printReceiptButton.setText(QCoreApplication.translate("ConsultationWindow", u"Cetak tanda terima", None))
#if QT_CONFIG(tooltip)
        self.printReceiptButton.setToolTip(QCoreApplication.translate("ConsultationWindow", u"Tanda terima penyelesaian (untuk konsultasi yang sudah selesai)", None))
#endif // QT_CONFIG(tooltip)
        self.reloadButton.setText(QCoreApplication.translate("ConsultationWindow", u"M&uat ulang", None))
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("ConsultationWindow", u"Muat ulang data konsultasi (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ConsultationWindow", u"Tutup", None))
        self.questionBox.setTitle(QCoreApplication.translate("ConsultationWindow", u"Pertanyaan dan jawaban", None))
        self.questionCaption.setText(QCoreApplication.translate("ConsultationWindow", u"Pertanyaan", None))
#if QT_CONFIG(accessibility)
        self.questionText.setAccessibleName(QCoreApplication.translate("ConsultationWindow", u"Pertanyaan", None))
#endif // QT_CONFIG(accessibility)
        self.answerCaption.setText(QCoreApplication.translate("ConsultationWindow", u"Jawaban", None))
#if QT_CONFIG(accessibility)
        self.answerText.setAccessibleName(QCoreApplication.translate("ConsultationWindow", u"Jawaban", None))
#endif // QT_CONFIG(accessibility)
        self.clocksBox.setTitle(QCoreApplication.translate("ConsultationWindow", u"Waktu layanan", None))
#if QT_CONFIG(accessibility)
        self.clocksView.setAccessibleName(QCoreApplication.translate("ConsultationWindow", u"Jam layanan, solusi dan progres", None))
#endif // QT_CONFIG(accessibility)
        self.explanationCaption.setText(QCoreApplication.translate("ConsultationWindow", u"Penjelasan (pilih baris di atas)", None))
#if QT_CONFIG(accessibility)
        self.explanationText.setAccessibleName(QCoreApplication.translate("ConsultationWindow", u"Penjelasan waktu", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timelineView.setAccessibleName(QCoreApplication.translate("ConsultationWindow", u"Riwayat konsultasi", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.timelineTab), QCoreApplication.translate("ConsultationWindow", u"Riwayat", None))
#if QT_CONFIG(accessibility)
        self.attachmentsView.setAccessibleName(QCoreApplication.translate("ConsultationWindow", u"Lampiran", None))
#endif // QT_CONFIG(accessibility)
        self.openAttachmentButton.setText(QCoreApplication.translate("ConsultationWindow", u"Bu&ka lampiran", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("ConsultationWindow", u"Tambah &lampiran\u2026", None))
        self.removeAttachmentButton.setText(QCoreApplication.translate("ConsultationWindow", u"&Hapus lampiran\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.attachmentsTab), QCoreApplication.translate("ConsultationWindow", u"Lampiran", None))
#if QT_CONFIG(accessibility)
        self.documentsView.setAccessibleName(QCoreApplication.translate("ConsultationWindow", u"Permintaan dokumen pendukung", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.documentsTab), QCoreApplication.translate("ConsultationWindow", u"Permintaan dokumen", None))
    # retranslateUi

