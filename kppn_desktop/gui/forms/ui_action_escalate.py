# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_escalate.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_EscalateDialog(object):
    def setupUi(self, EscalateDialog):
        if not EscalateDialog.objectName():
            EscalateDialog.setObjectName(u"EscalateDialog")
        EscalateDialog.resize(560, 440)
        self.layout = QVBoxLayout(EscalateDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(EscalateDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600;")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(EscalateDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sectionLabel = QLabel(EscalateDialog)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sectionLabel)

        self.sectionCombo = QComboBox(EscalateDialog)
        self.sectionCombo.setObjectName(u"sectionCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sectionCombo)

        self.sectionError = QLabel(EscalateDialog)
        self.sectionError.setObjectName(u"sectionError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectionError)

        self.reasonLabel = QLabel(EscalateDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(EscalateDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMinimumSize(QSize(0, 90))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(EscalateDialog)
        self.reasonError.setObjectName(u"reasonError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.contactPersonLabel = QLabel(EscalateDialog)
        self.contactPersonLabel.setObjectName(u"contactPersonLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactPersonLabel)

        self.contactPersonEdit = QLineEdit(EscalateDialog)
        self.contactPersonEdit.setObjectName(u"contactPersonEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactPersonEdit)

        self.contactPersonError = QLabel(EscalateDialog)
        self.contactPersonError.setObjectName(u"contactPersonError")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactPersonError)

        self.contactPhoneLabel = QLabel(EscalateDialog)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.contactPhoneLabel)

        self.contactPhoneEdit = QLineEdit(EscalateDialog)
        self.contactPhoneEdit.setObjectName(u"contactPhoneEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contactPhoneEdit)

        self.contactPhoneError = QLabel(EscalateDialog)
        self.contactPhoneError.setObjectName(u"contactPhoneError")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.contactPhoneError)


        self.layout.addLayout(self.form)

        self.generalError = QLabel(EscalateDialog)
        self.generalError.setObjectName(u"generalError")

        self.layout.addWidget(self.generalError)

        self.buttons = QDialogButtonBox(EscalateDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.sectionLabel.setBuddy(self.sectionCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.contactPersonLabel.setBuddy(self.contactPersonEdit)
        self.contactPhoneLabel.setBuddy(self.contactPhoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sectionCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.contactPersonEdit)
        QWidget.setTabOrder(self.contactPersonEdit, self.contactPhoneEdit)

        self.retranslateUi(EscalateDialog)

        QMetaObject.connectSlotsByName(EscalateDialog)
    # setupUi

    def retranslateUi(self, EscalateDialog):
        EscalateDialog.setWindowTitle(QCoreApplication.translate("EscalateDialog", u"Eskalasi ke Kepala Seksi", None))
        self.titleLabel.setText(QCoreApplication.translate("EscalateDialog", u"Eskalasi ke Kepala Seksi", None))
        self.introLabel.setText(QCoreApplication.translate("EscalateDialog", u"Teruskan konsultasi kepada Kepala Seksi bila jawabannya perlu konfirmasi. Solusi wajib diberikan paling lambat 3 hari kerja, dengan progres berkala kepada kontak person.", None))
        self.sectionLabel.setText(QCoreApplication.translate("EscalateDialog", u"&Seksi tujuan", None))
        self.reasonLabel.setText(QCoreApplication.translate("EscalateDialog", u"&Alasan eskalasi", None))
        self.contactPersonLabel.setText(QCoreApplication.translate("EscalateDialog", u"&Kontak person", None))
        self.contactPhoneLabel.setText(QCoreApplication.translate("EscalateDialog", u"&Telepon kontak", None))
        self.contactPhoneEdit.setPlaceholderText(QCoreApplication.translate("EscalateDialog", u"mis. 0812 3456 7890", None))
    # retranslateUi

