# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_privacy.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PrivacyTab(object):
    def setupUi(self, PrivacyTab):
        if not PrivacyTab.objectName():
            PrivacyTab.setObjectName(u"PrivacyTab")
        PrivacyTab.resize(900, 600)
        self.privacyLayout = QHBoxLayout(PrivacyTab)
        self.privacyLayout.setObjectName(u"privacyLayout")
        self.actionsColumn = QVBoxLayout()
        self.actionsColumn.setObjectName(u"actionsColumn")
        self.anonymiseGroup = QGroupBox(PrivacyTab)
        self.anonymiseGroup.setObjectName(u"anonymiseGroup")
        self.anonymiseLayout = QVBoxLayout(self.anonymiseGroup)
        self.anonymiseLayout.setObjectName(u"anonymiseLayout")
        self.anonymiseNote = QLabel(self.anonymiseGroup)
        self.anonymiseNote.setObjectName(u"anonymiseNote")
        self.anonymiseNote.setWordWrap(True)

        self.anonymiseLayout.addWidget(self.anonymiseNote)

        self.anonymiseRow = QHBoxLayout()
        self.anonymiseRow.setObjectName(u"anonymiseRow")
        self.anonymiseButton = QPushButton(self.anonymiseGroup)
        self.anonymiseButton.setObjectName(u"anonymiseButton")

        self.anonymiseRow.addWidget(self.anonymiseButton)

        self.anonymiseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.anonymiseRow.addItem(self.anonymiseSpacer)


        self.anonymiseLayout.addLayout(self.anonymiseRow)

        self.anonymiseStatus = QLabel(self.anonymiseGroup)
        self.anonymiseStatus.setObjectName(u"anonymiseStatus")
        self.anonymiseStatus.setWordWrap(True)

        self.anonymiseLayout.addWidget(self.anonymiseStatus)


        self.actionsColumn.addWidget(self.anonymiseGroup)

        self.accessGroup = QGroupBox(PrivacyTab)
        self.accessGroup.setObjectName(u"accessGroup")
        self.accessForm = QFormLayout(self.accessGroup)
        self.accessForm.setObjectName(u"accessForm")
        self.accessNote = QLabel(self.accessGroup)
        self.accessNote.setObjectName(u"accessNote")
        self.accessNote.setWordWrap(True)

        self.accessForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.accessNote)

        self.nameLabel = QLabel(self.accessGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.accessForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setObjectName(u"nameBox")
        self.nameEdit = QLineEdit(self.accessGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(self.accessGroup)
        self.nameError.setObjectName(u"nameError")

        self.nameBox.addWidget(self.nameError)


        self.accessForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.phoneLabel = QLabel(self.accessGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.accessForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneBox = QVBoxLayout()
        self.phoneBox.setObjectName(u"phoneBox")
        self.phoneEdit = QLineEdit(self.accessGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.phoneBox.addWidget(self.phoneEdit)

        self.phoneError = QLabel(self.accessGroup)
        self.phoneError.setObjectName(u"phoneError")

        self.phoneBox.addWidget(self.phoneError)


        self.accessForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.phoneBox)

        self.emailLabel = QLabel(self.accessGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.accessForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailBox = QVBoxLayout()
        self.emailBox.setObjectName(u"emailBox")
        self.emailEdit = QLineEdit(self.accessGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.emailBox.addWidget(self.emailEdit)

        self.emailError = QLabel(self.accessGroup)
        self.emailError.setObjectName(u"emailError")

        self.emailBox.addWidget(self.emailError)


        self.accessForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.emailBox)

        self.exportButton = QPushButton(self.accessGroup)
        self.exportButton.setObjectName(u"exportButton")

        self.accessForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.exportButton)

        self.exportStatus = QLabel(self.accessGroup)
        self.exportStatus.setObjectName(u"exportStatus")
        self.exportStatus.setWordWrap(True)

        self.accessForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.exportStatus)


        self.actionsColumn.addWidget(self.accessGroup)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actionsColumn.addItem(self.actionsSpacer)


        self.privacyLayout.addLayout(self.actionsColumn)

        self.recordGroup = QGroupBox(PrivacyTab)
        self.recordGroup.setObjectName(u"recordGroup")
        self.recordLayout = QVBoxLayout(self.recordGroup)
        self.recordLayout.setObjectName(u"recordLayout")
        self.recordView = QPlainTextEdit(self.recordGroup)
        self.recordView.setObjectName(u"recordView")
        self.recordView.setReadOnly(True)

        self.recordLayout.addWidget(self.recordView)


        self.privacyLayout.addWidget(self.recordGroup)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.anonymiseButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.recordView)

        self.retranslateUi(PrivacyTab)

        QMetaObject.connectSlotsByName(PrivacyTab)
    # setupUi

    def retranslateUi(self, PrivacyTab):
        self.anonymiseGroup.setTitle(QCoreApplication.translate("PrivacyTab", u"Anonimisasi setelah masa simpan", None))
        self.anonymiseNote.setText(QCoreApplication.translate("PrivacyTab", u"Konsultasi yang diselesaikan sebelum batas masa simpan kehilangan data pribadinya (nama, kontak, pertanyaan, jawaban, catatan, isi lampiran). Statistik dan laporan tidak berubah; riwayat tetap utuh dan mencatatnya. Konsultasi yang masih terbuka tidak disentuh.", None))
        self.anonymiseButton.setText(QCoreApplication.translate("PrivacyTab", u"&Anonimkan\u2026", None))
        self.accessGroup.setTitle(QCoreApplication.translate("PrivacyTab", u"Permintaan akses subjek data", None))
        self.accessNote.setText(QCoreApplication.translate("PrivacyTab", u"Semua data seseorang sebagai JSON dan PDF. Isi yang diketahui; setiap isian harus cocok. Periksa identitas peminta lebih dahulu.", None))
        self.nameLabel.setText(QCoreApplication.translate("PrivacyTab", u"Na&ma", None))
        self.phoneLabel.setText(QCoreApplication.translate("PrivacyTab", u"Telepo&n", None))
        self.emailLabel.setText(QCoreApplication.translate("PrivacyTab", u"&E-mail", None))
        self.exportButton.setText(QCoreApplication.translate("PrivacyTab", u"Ekspor data &orang ini\u2026", None))
        self.recordGroup.setTitle(QCoreApplication.translate("PrivacyTab", u"Catatan pemrosesan data pribadi (UU 27/2022 Pasal 31)", None))
        pass
    # retranslateUi

