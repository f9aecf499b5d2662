# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'library_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget, QPlainTextEdit, QProgressBar,
    QPushButton, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_LibraryPage(object):
    def setupUi(self, LibraryPage):
        if not LibraryPage.objectName():
            LibraryPage.setObjectName(u"LibraryPage")
        LibraryPage.resize(1100, 700)
        self.layout = QVBoxLayout(LibraryPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(LibraryPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.layout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(LibraryPage)
        self.tabs.setObjectName(u"tabs")
        self.searchTab = QWidget()
        self.searchTab.setObjectName(u"searchTab")
        self.searchTabLayout = QVBoxLayout(self.searchTab)
        self.searchTabLayout.setObjectName(u"searchTabLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(self.searchTab)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.searchTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.kindCombo = QComboBox(self.searchTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.searchRow.addWidget(self.kindCombo)

        self.revokedCheck = QCheckBox(self.searchTab)
        self.revokedCheck.setObjectName(u"revokedCheck")

        self.searchRow.addWidget(self.revokedCheck)

        self.searchRow.setStretch(1, 1)

        self.searchTabLayout.addLayout(self.searchRow)

        self.tabs.addTab(self.searchTab, "")
        self.regulationsTab = QWidget()
        self.regulationsTab.setObjectName(u"regulationsTab")
        self.regulationsLayout = QVBoxLayout(self.regulationsTab)
        self.regulationsLayout.setObjectName(u"regulationsLayout")
        self.importRow = QHBoxLayout()
        self.importRow.setObjectName(u"importRow")
        self.importFilesButton = QPushButton(self.regulationsTab)
        self.importFilesButton.setObjectName(u"importFilesButton")

        self.importRow.addWidget(self.importFilesButton)

        self.importFolderButton = QPushButton(self.regulationsTab)
        self.importFolderButton.setObjectName(u"importFolderButton")

        self.importRow.addWidget(self.importFolderButton)

        self.importProgress = QProgressBar(self.regulationsTab)
        self.importProgress.setObjectName(u"importProgress")
        self.importProgress.setValue(0)

        self.importRow.addWidget(self.importProgress)

        self.importRow.setStretch(2, 1)

        self.regulationsLayout.addLayout(self.importRow)

        self.importMessage = QLabel(self.regulationsTab)
        self.importMessage.setObjectName(u"importMessage")
        self.importMessage.setWordWrap(True)
        self.importMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.regulationsLayout.addWidget(self.importMessage)

        self.regulationsTable = QTableWidget(self.regulationsTab)
        self.regulationsTable.setObjectName(u"regulationsTable")
        self.regulationsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.regulationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.regulationsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.regulationsTable.setWordWrap(False)

        self.regulationsLayout.addWidget(self.regulationsTable)

        self.statusBox = QGroupBox(self.regulationsTab)
        self.statusBox.setObjectName(u"statusBox")
        self.statusLayout = QHBoxLayout(self.statusBox)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLabel = QLabel(self.statusBox)
        self.statusLabel.setObjectName(u"statusLabel")

        self.statusLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(self.statusBox)
        self.statusCombo.setObjectName(u"statusCombo")

        self.statusLayout.addWidget(self.statusCombo)

        self.replacedByLabel = QLabel(self.statusBox)
        self.replacedByLabel.setObjectName(u"replacedByLabel")

        self.statusLayout.addWidget(self.replacedByLabel)

        self.replacedByCombo = QComboBox(self.statusBox)
        self.replacedByCombo.setObjectName(u"replacedByCombo")

        self.statusLayout.addWidget(self.replacedByCombo)

        self.saveStatusButton = QPushButton(self.statusBox)
        self.saveStatusButton.setObjectName(u"saveStatusButton")

        self.statusLayout.addWidget(self.saveStatusButton)

        self.statusLayout.setStretch(3, 1)

        self.regulationsLayout.addWidget(self.statusBox)

        self.categoryBox = QGroupBox(self.regulationsTab)
        self.categoryBox.setObjectName(u"categoryBox")
        self.categoryLayout = QHBoxLayout(self.categoryBox)
        self.categoryLayout.setObjectName(u"categoryLayout")
        self.categoryList = QListWidget(self.categoryBox)
        self.categoryList.setObjectName(u"categoryList")
        self.categoryList.setMaximumSize(QSize(16777215, 72))
        self.categoryList.setFlow(QListView.Flow.LeftToRight)
        self.categoryList.setProperty(u"isWrapping", True)
        self.categoryList.setResizeMode(QListView.ResizeMode.Adjust)
        self.categoryList.setSpacing(2)

        self.categoryLayout.addWidget(self.categoryList)

        self.categoryButtons = QVBoxLayout()
        self.categoryButtons.setObjectName(u"categoryButtons")
        self.saveCategoriesButton = QPushButton(self.categoryBox)
        self.saveCategoriesButton.setObjectName(u"saveCategoriesButton")

        self.categoryButtons.addWidget(self.saveCategoriesButton)

        self.categoryError = QLabel(self.categoryBox)
        self.categoryError.setObjectName(u"categoryError")

        self.categoryButtons.addWidget(self.categoryError)


        self.categoryLayout.addLayout(self.categoryButtons)

        self.categoryLayout.setStretch(0, 1)

        self.regulationsLayout.addWidget(self.categoryBox)

        self.regulationsLayout.setStretch(2, 1)
        self.tabs.addTab(self.regulationsTab, "")
        self.faqTab = QWidget()
        self.faqTab.setObjectName(u"faqTab")
        self.faqLayout = QHBoxLayout(self.faqTab)
        self.faqLayout.setObjectName(u"faqLayout")
        self.faqTable = QTableWidget(self.faqTab)
        self.faqTable.setObjectName(u"faqTable")
        self.faqTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.faqTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.faqTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.faqLayout.addWidget(self.faqTable)

        self.faqBox = QGroupBox(self.faqTab)
        self.faqBox.setObjectName(u"faqBox")
        self.faqForm = QFormLayout(self.faqBox)
        self.faqForm.setObjectName(u"faqForm")
        self.faqForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.questionLabel = QLabel(self.faqBox)
        self.questionLabel.setObjectName(u"questionLabel")

        self.faqForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.questionEdit = QPlainTextEdit(self.faqBox)
        self.questionEdit.setObjectName(u"questionEdit")
        self.questionEdit.setTabChangesFocus(True)
        self.questionEdit.setMaximumSize(QSize(16777215, 80))

        self.faqForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.questionEdit)

        self.questionError = QLabel(self.faqBox)
        self.questionError.setObjectName(u"questionError")

        self.faqForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.questionError)

        self.answerLabel = QLabel(self.faqBox)
        self.answerLabel.setObjectName(u"answerLabel")

        self.faqForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.answerLabel)

        self.answerEdit = QPlainTextEdit(self.faqBox)
        self.answerEdit.setObjectName(u"answerEdit")
        self.answerEdit.setTabChangesFocus(True)

        self.faqForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.answerEdit)

        self.answerError = QLabel(self.faqBox)
        self.answerError.setObjectName(u"answerError")

        self.faqForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.answerError)

        self.citationsLabel = QLabel(self.faqBox)
        self.citationsLabel.setObjectName(u"citationsLabel")

        self.faqForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.citationsLabel)

        self.citationsEdit = QLineEdit(self.faqBox)
        self.citationsEdit.setObjectName(u"citationsEdit")

        self.faqForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.citationsEdit)

        self.articlesError = QLabel(self.faqBox)
        self.articlesError.setObjectName(u"articlesError")

        self.faqForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.articlesError)

        self.reviewCheck = QCheckBox(self.faqBox)
        self.reviewCheck.setObjectName(u"reviewCheck")

        self.faqForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reviewCheck)

        self.reviewEdit = QDateEdit(self.faqBox)
        self.reviewEdit.setObjectName(u"reviewEdit")
        self.reviewEdit.setCalendarPopup(True)

        self.faqForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reviewEdit)

        self.faqMessage = QLabel(self.faqBox)
        self.faqMessage.setObjectName(u"faqMessage")
        self.faqMessage.setWordWrap(True)

        self.faqForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.faqMessage)

        self.faqButtons = QHBoxLayout()
        self.faqButtons.setObjectName(u"faqButtons")
        self.newFaqButton = QPushButton(self.faqBox)
        self.newFaqButton.setObjectName(u"newFaqButton")

        self.faqButtons.addWidget(self.newFaqButton)

        self.saveFaqButton = QPushButton(self.faqBox)
        self.saveFaqButton.setObjectName(u"saveFaqButton")

        self.faqButtons.addWidget(self.saveFaqButton)

        self.activeFaqButton = QPushButton(self.faqBox)
        self.activeFaqButton.setObjectName(u"activeFaqButton")
        self.activeFaqButton.setEnabled(False)

        self.faqButtons.addWidget(self.activeFaqButton)


        self.faqForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.faqButtons)


        self.faqLayout.addWidget(self.faqBox)

        self.faqLayout.setStretch(0, 3)
        self.faqLayout.setStretch(1, 2)
        self.tabs.addTab(self.faqTab, "")

        self.layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.replacedByLabel.setBuddy(self.replacedByCombo)
        self.questionLabel.setBuddy(self.questionEdit)
        self.answerLabel.setBuddy(self.answerEdit)
        self.citationsLabel.setBuddy(self.citationsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.revokedCheck)

        self.retranslateUi(LibraryPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(LibraryPage)
    # setupUi

    def retranslateUi(self, LibraryPage):
        self.titleLabel.setText(QCoreApplication.translate("LibraryPage", u"Perpustakaan peraturan, FAQ dan jawaban terdahulu", None))
        self.searchLabel.setText(QCoreApplication.translate("LibraryPage", u"&Cari", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("LibraryPage", u"kata kunci atau pertanyaan, mis. pencairan SP2D, TUP, reset OTP SAKTI", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("LibraryPage", u"Jenis hasil", None))
#endif // QT_CONFIG(accessibility)
        self.revokedCheck.setText(QCoreApplication.translate("LibraryPage", u"Termasuk yang &dicabut", None))
        self.tabs.setTabText(self.tabs.indexOf(self.searchTab), QCoreApplication.translate("LibraryPage", u"Cari", None))
        self.importFilesButton.setText(QCoreApplication.translate("LibraryPage", u"Impor &berkas\u2026", None))
#if QT_CONFIG(tooltip)
        self.importFilesButton.setToolTip(QCoreApplication.translate("LibraryPage", u"PDF (berlapis teks), DOCX atau TXT; semua berkas diimpor atau tidak sama sekali", None))
#endif // QT_CONFIG(tooltip)
        self.importFolderButton.setText(QCoreApplication.translate("LibraryPage", u"Impor &folder\u2026", None))
        self.statusBox.setTitle(QCoreApplication.translate("LibraryPage", u"Status peraturan yang dipilih", None))
        self.statusLabel.setText(QCoreApplication.translate("LibraryPage", u"S&tatus", None))
        self.replacedByLabel.setText(QCoreApplication.translate("LibraryPage", u"oleh", None))
#if QT_CONFIG(accessibility)
        self.replacedByCombo.setAccessibleName(QCoreApplication.translate("LibraryPage", u"Peraturan yang mengubah atau mencabut", None))
#endif // QT_CONFIG(accessibility)
        self.saveStatusButton.setText(QCoreApplication.translate("LibraryPage", u"Simpan stat&us", None))
        self.categoryBox.setTitle(QCoreApplication.translate("LibraryPage", u"Kategori yang dilayani peraturan yang dipilih", None))
#if QT_CONFIG(accessibility)
        self.categoryList.setAccessibleName(QCoreApplication.translate("LibraryPage", u"Kategori peraturan", None))
#endif // QT_CONFIG(accessibility)
        self.saveCategoriesButton.setText(QCoreApplication.translate("LibraryPage", u"Simpan &kategori", None))
        self.tabs.setTabText(self.tabs.indexOf(self.regulationsTab), QCoreApplication.translate("LibraryPage", u"Peraturan", None))
        self.faqBox.setTitle(QCoreApplication.translate("LibraryPage", u"Entri FAQ", None))
        self.questionLabel.setText(QCoreApplication.translate("LibraryPage", u"&Pertanyaan", None))
        self.answerLabel.setText(QCoreApplication.translate("LibraryPage", u"&Jawaban", None))
        self.citationsLabel.setText(QCoreApplication.translate("LibraryPage", u"Dasar p&asal", None))
        self.citationsEdit.setPlaceholderText(QCoreApplication.translate("LibraryPage", u"mis. PMK 990 Tahun 2026 Pasal 3; PER-99/PB/2026 Pasal 3", None))
        self.reviewCheck.setText(QCoreApplication.translate("LibraryPage", u"Ti&njau pada", None))
        self.reviewEdit.setDisplayFormat(QCoreApplication.translate("LibraryPage", u"dd/MM/yyyy", None))
        self.newFaqButton.setText(QCoreApplication.translate("LibraryPage", u"FAQ ba&ru", None))
        self.saveFaqButton.setText(QCoreApplication.translate("LibraryPage", u"&Simpan FAQ", None))
        self.activeFaqButton.setText(QCoreApplication.translate("LibraryPage", u"Nonaktif&kan", None))
#if QT_CONFIG(tooltip)
        self.activeFaqButton.setToolTip(QCoreApplication.translate("LibraryPage", u"Entri nonaktif disimpan beserta riwayatnya, tetapi tidak muncul di pencarian dan saran", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.faqTab), QCoreApplication.translate("LibraryPage", u"FAQ", None))
        pass
    # retranslateUi

