# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_documents_received.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_DocumentsReceivedDialog(object):
    def setupUi(self, DocumentsReceivedDialog):
        if not DocumentsReceivedDialog.objectName():
            DocumentsReceivedDialog.setObjectName(u"DocumentsReceivedDialog")
        DocumentsReceivedDialog.resize(560, 230)
        self.layout = QVBoxLayout(DocumentsReceivedDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(DocumentsReceivedDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600;")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(DocumentsReceivedDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.noteLabel = QLabel(DocumentsReceivedDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(DocumentsReceivedDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMinimumSize(QSize(0, 90))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.noteError = QLabel(DocumentsReceivedDialog)
        self.noteError.setObjectName(u"noteError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.layout.addLayout(self.form)

        self.generalError = QLabel(DocumentsReceivedDialog)
        self.generalError.setObjectName(u"generalError")

        self.layout.addWidget(self.generalError)

        self.buttons = QDialogButtonBox(DocumentsReceivedDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentsReceivedDialog)

        QMetaObject.connectSlotsByName(DocumentsReceivedDialog)
    # setupUi

    def retranslateUi(self, DocumentsReceivedDialog):
        DocumentsReceivedDialog.setWindowTitle(QCoreApplication.translate("DocumentsReceivedDialog", u"Dokumen pendukung diterima", None))
        self.titleLabel.setText(QCoreApplication.translate("DocumentsReceivedDialog", u"Dokumen pendukung diterima", None))
        self.introLabel.setText(QCoreApplication.translate("DocumentsReceivedDialog", u"Catat bahwa dokumen yang diminta sudah diterima; waktu layanan berjalan kembali.", None))
        self.noteLabel.setText(QCoreApplication.translate("DocumentsReceivedDialog", u"&Catatan (boleh kosong)", None))
    # retranslateUi

