# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_remove_attachment.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_RemoveAttachmentDialog(object):
    def setupUi(self, RemoveAttachmentDialog):
        if not RemoveAttachmentDialog.objectName():
            RemoveAttachmentDialog.setObjectName(u"RemoveAttachmentDialog")
        RemoveAttachmentDialog.resize(560, 230)
        self.layout = QVBoxLayout(RemoveAttachmentDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(RemoveAttachmentDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600;")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(RemoveAttachmentDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reasonLabel = QLabel(RemoveAttachmentDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(RemoveAttachmentDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMinimumSize(QSize(0, 90))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(RemoveAttachmentDialog)
        self.reasonError.setObjectName(u"reasonError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.layout.addLayout(self.form)

        self.generalError = QLabel(RemoveAttachmentDialog)
        self.generalError.setObjectName(u"generalError")

        self.layout.addWidget(self.generalError)

        self.buttons = QDialogButtonBox(RemoveAttachmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RemoveAttachmentDialog)

        QMetaObject.connectSlotsByName(RemoveAttachmentDialog)
    # setupUi

    def retranslateUi(self, RemoveAttachmentDialog):
        RemoveAttachmentDialog.setWindowTitle(QCoreApplication.translate("RemoveAttachmentDialog", u"Hapus lampiran", None))
        self.titleLabel.setText(QCoreApplication.translate("RemoveAttachmentDialog", u"Hapus lampiran", None))
        self.introLabel.setText(QCoreApplication.translate("RemoveAttachmentDialog", u"Lampiran ditarik dengan alasan; catatan dan berkasnya tetap tersimpan dalam riwayat.", None))
        self.reasonLabel.setText(QCoreApplication.translate("RemoveAttachmentDialog", u"&Alasan penghapusan", None))
    # retranslateUi

