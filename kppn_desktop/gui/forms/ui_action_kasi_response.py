# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_kasi_response.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_KasiResponseDialog(object):
    def setupUi(self, KasiResponseDialog):
        if not KasiResponseDialog.objectName():
            KasiResponseDialog.setObjectName(u"KasiResponseDialog")
        KasiResponseDialog.resize(560, 230)
        self.layout = QVBoxLayout(KasiResponseDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(KasiResponseDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600;")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(KasiResponseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.noteLabel = QLabel(KasiResponseDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(KasiResponseDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMinimumSize(QSize(0, 90))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.noteError = QLabel(KasiResponseDialog)
        self.noteError.setObjectName(u"noteError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.layout.addLayout(self.form)

        self.generalError = QLabel(KasiResponseDialog)
        self.generalError.setObjectName(u"generalError")

        self.layout.addWidget(self.generalError)

        self.buttons = QDialogButtonBox(KasiResponseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KasiResponseDialog)

        QMetaObject.connectSlotsByName(KasiResponseDialog)
    # setupUi

    def retranslateUi(self, KasiResponseDialog):
        KasiResponseDialog.setWindowTitle(QCoreApplication.translate("KasiResponseDialog", u"Tanggapan Kepala Seksi", None))
        self.titleLabel.setText(QCoreApplication.translate("KasiResponseDialog", u"Tanggapan Kepala Seksi", None))
        self.introLabel.setText(QCoreApplication.translate("KasiResponseDialog", u"Konfirmasi atau arahan Kepala Seksi atas konsultasi yang dieskalasi.", None))
        self.noteLabel.setText(QCoreApplication.translate("KasiResponseDialog", u"&Tanggapan", None))
    # retranslateUi

