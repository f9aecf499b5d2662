# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_reopen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_ReopenDialog(object):
    def setupUi(self, ReopenDialog):
        if not ReopenDialog.objectName():
            ReopenDialog.setObjectName(u"ReopenDialog")
        ReopenDialog.resize(560, 230)
        self.layout = QVBoxLayout(ReopenDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(ReopenDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600;")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ReopenDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reasonLabel = QLabel(ReopenDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(ReopenDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMinimumSize(QSize(0, 90))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(ReopenDialog)
        self.reasonError.setObjectName(u"reasonError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.layout.addLayout(self.form)

        self.generalError = QLabel(ReopenDialog)
        self.generalError.setObjectName(u"generalError")

        self.layout.addWidget(self.generalError)

        self.buttons = QDialogButtonBox(ReopenDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReopenDialog)

        QMetaObject.connectSlotsByName(ReopenDialog)
    # setupUi

    def retranslateUi(self, ReopenDialog):
        ReopenDialog.setWindowTitle(QCoreApplication.translate("ReopenDialog", u"Buka kembali konsultasi", None))
        self.titleLabel.setText(QCoreApplication.translate("ReopenDialog", u"Buka kembali konsultasi", None))
        self.introLabel.setText(QCoreApplication.translate("ReopenDialog", u"Konsultasi yang sudah selesai dibuka kembali sebagai siklus baru dengan waktu layanan baru; hasil siklus sebelumnya tetap tercatat.", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReopenDialog", u"&Alasan", None))
    # retranslateUi

