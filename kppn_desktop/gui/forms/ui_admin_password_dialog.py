# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_password_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(460, 260)
        self.layout = QVBoxLayout(PasswordDialog)
        self.layout.setObjectName(u"layout")
        self.userLabel = QLabel(PasswordDialog)
        self.userLabel.setObjectName(u"userLabel")
        self.userLabel.setWordWrap(True)

        self.layout.addWidget(self.userLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.oldPasswordLabel = QLabel(PasswordDialog)
        self.oldPasswordLabel.setObjectName(u"oldPasswordLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldPasswordLabel)

        self.oldPasswordEditBox = QVBoxLayout()
        self.oldPasswordEditBox.setSpacing(2)
        self.oldPasswordEditBox.setObjectName(u"oldPasswordEditBox")
        self.oldPasswordEditBox.setContentsMargins(0, 0, 0, 0)
        self.oldPasswordEdit = QLineEdit(PasswordDialog)
        self.oldPasswordEdit.setObjectName(u"oldPasswordEdit")
        self.oldPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.oldPasswordEditBox.addWidget(self.oldPasswordEdit)

        self.old_passwordError = QLabel(PasswordDialog)
        self.old_passwordError.setObjectName(u"old_passwordError")

        self.oldPasswordEditBox.addWidget(self.old_passwordError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.oldPasswordEditBox)

        self.newPasswordLabel = QLabel(PasswordDialog)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPasswordLabel)

        self.newPasswordEditBox = QVBoxLayout()
        self.newPasswordEditBox.setSpacing(2)
        self.newPasswordEditBox.setObjectName(u"newPasswordEditBox")
        self.newPasswordEditBox.setContentsMargins(0, 0, 0, 0)
        self.newPasswordEdit = QLineEdit(PasswordDialog)
        self.newPasswordEdit.setObjectName(u"newPasswordEdit")
        self.newPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.newPasswordEditBox.addWidget(self.newPasswordEdit)

        self.new_passwordError = QLabel(PasswordDialog)
        self.new_passwordError.setObjectName(u"new_passwordError")

        self.newPasswordEditBox.addWidget(self.new_passwordError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.newPasswordEditBox)

        self.confirmLabel = QLabel(PasswordDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEditBox = QVBoxLayout()
        self.confirmEditBox.setSpacing(2)
        self.confirmEditBox.setObjectName(u"confirmEditBox")
        self.confirmEditBox.setContentsMargins(0, 0, 0, 0)
        self.confirmEdit = QLineEdit(PasswordDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.confirmEditBox.addWidget(self.confirmEdit)

        self.confirmError = QLabel(PasswordDialog)
        self.confirmError.setObjectName(u"confirmError")

        self.confirmEditBox.addWidget(self.confirmError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.confirmEditBox)


        self.layout.addLayout(self.form)

        self.passwordHint = QLabel(PasswordDialog)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setStyleSheet(u"color: #555;")
        self.passwordHint.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.passwordHint.sizePolicy().hasHeightForWidth())
        self.passwordHint.setSizePolicy(sizePolicy)

        self.layout.addWidget(self.passwordHint)

        self.generalError = QLabel(PasswordDialog)
        self.generalError.setObjectName(u"generalError")

        self.layout.addWidget(self.generalError)

        self.dialogSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.dialogSpacer)

        self.buttons = QDialogButtonBox(PasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.oldPasswordLabel.setBuddy(self.oldPasswordEdit)
        self.newPasswordLabel.setBuddy(self.newPasswordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.oldPasswordEdit, self.newPasswordEdit)
        QWidget.setTabOrder(self.newPasswordEdit, self.confirmEdit)

        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Atur ulang kata sandi", None))
        self.userLabel.setText("")
        self.oldPasswordLabel.setText(QCoreApplication.translate("PasswordDialog", u"Kata sandi &lama", None))
        self.newPasswordLabel.setText(QCoreApplication.translate("PasswordDialog", u"Kata sandi &baru", None))
        self.confirmLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Ulangi kata sandi", None))
        self.passwordHint.setText(QCoreApplication.translate("PasswordDialog", u"Minimal 8 karakter. Sampaikan kata sandi baru kepada pengguna secara langsung; percobaan masuk yang gagal ikut dihapus.", None))
    # retranslateUi

