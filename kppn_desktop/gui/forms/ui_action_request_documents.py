# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_request_documents.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_RequestDocumentsDialog(object):
    def setupUi(self, RequestDocumentsDialog):
        if not RequestDocumentsDialog.objectName():
            RequestDocumentsDialog.setObjectName(u"RequestDocumentsDialog")
        RequestDocumentsDialog.resize(560, 230)
        self.layout = QVBoxLayout(RequestDocumentsDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(RequestDocumentsDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600;")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(RequestDocumentsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.descriptionLabel = QLabel(RequestDocumentsDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(RequestDocumentsDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMinimumSize(QSize(0, 90))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionError = QLabel(RequestDocumentsDialog)
        self.descriptionError.setObjectName(u"descriptionError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionError)


        self.layout.addLayout(self.form)

        self.generalError = QLabel(RequestDocumentsDialog)
        self.generalError.setObjectName(u"generalError")

        self.layout.addWidget(self.generalError)

        self.buttons = QDialogButtonBox(RequestDocumentsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RequestDocumentsDialog)

        QMetaObject.connectSlotsByName(RequestDocumentsDialog)
    # setupUi

    def retranslateUi(self, RequestDocumentsDialog):
        RequestDocumentsDialog.setWindowTitle(QCoreApplication.translate("RequestDocumentsDialog", u"Minta dokumen pendukung", None))
        self.titleLabel.setText(QCoreApplication.translate("RequestDocumentsDialog", u"Minta dokumen pendukung", None))
        self.introLabel.setText(QCoreApplication.translate("RequestDocumentsDialog", u"Waktu layanan dijeda sampai dokumen dari stakeholder diterima.", None))
        self.descriptionLabel.setText(QCoreApplication.translate("RequestDocumentsDialog", u"&Dokumen yang diminta", None))
    # retranslateUi

