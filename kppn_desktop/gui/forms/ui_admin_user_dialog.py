# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_user_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(520, 400)
        self.layout = QVBoxLayout(UserDialog)
        self.layout.setObjectName(u"layout")
        self.userGroup = QGroupBox(UserDialog)
        self.userGroup.setObjectName(u"userGroup")
        self.form = QFormLayout(self.userGroup)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.usernameLabel = QLabel(self.userGroup)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEditBox = QVBoxLayout()
        self.usernameEditBox.setSpacing(2)
        self.usernameEditBox.setObjectName(u"usernameEditBox")
        self.usernameEditBox.setContentsMargins(0, 0, 0, 0)
        self.usernameEdit = QLineEdit(self.userGroup)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.usernameEditBox.addWidget(self.usernameEdit)

        self.usernameError = QLabel(self.userGroup)
        self.usernameError.setObjectName(u"usernameError")

        self.usernameEditBox.addWidget(self.usernameError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.usernameEditBox)

        self.fullNameLabel = QLabel(self.userGroup)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEditBox = QVBoxLayout()
        self.fullNameEditBox.setSpacing(2)
        self.fullNameEditBox.setObjectName(u"fullNameEditBox")
        self.fullNameEditBox.setContentsMargins(0, 0, 0, 0)
        self.fullNameEdit = QLineEdit(self.userGroup)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.fullNameEditBox.addWidget(self.fullNameEdit)

        self.full_nameError = QLabel(self.userGroup)
        self.full_nameError.setObjectName(u"full_nameError")

        self.fullNameEditBox.addWidget(self.full_nameError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fullNameEditBox)

        self.nipLabel = QLabel(self.userGroup)
        self.nipLabel.setObjectName(u"nipLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nipLabel)

        self.nipEditBox = QVBoxLayout()
        self.nipEditBox.setSpacing(2)
        self.nipEditBox.setObjectName(u"nipEditBox")
        self.nipEditBox.setContentsMargins(0, 0, 0, 0)
        self.nipEdit = QLineEdit(self.userGroup)
        self.nipEdit.setObjectName(u"nipEdit")

        self.nipEditBox.addWidget(self.nipEdit)

        self.nipError = QLabel(self.userGroup)
        self.nipError.setObjectName(u"nipError")

        self.nipEditBox.addWidget(self.nipError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.nipEditBox)

        self.roleLabel = QLabel(self.userGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleComboBox = QVBoxLayout()
        self.roleComboBox.setSpacing(2)
        self.roleComboBox.setObjectName(u"roleComboBox")
        self.roleComboBox.setContentsMargins(0, 0, 0, 0)
        self.roleCombo = QComboBox(self.userGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.roleComboBox.addWidget(self.roleCombo)

        self.roleError = QLabel(self.userGroup)
        self.roleError.setObjectName(u"roleError")

        self.roleComboBox.addWidget(self.roleError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.roleComboBox)

        self.sectionLabel = QLabel(self.userGroup)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sectionLabel)

        self.sectionComboBox = QVBoxLayout()
        self.sectionComboBox.setSpacing(2)
        self.sectionComboBox.setObjectName(u"sectionComboBox")
        self.sectionComboBox.setContentsMargins(0, 0, 0, 0)
        self.sectionCombo = QComboBox(self.userGroup)
        self.sectionCombo.setObjectName(u"sectionCombo")

        self.sectionComboBox.addWidget(self.sectionCombo)

        self.sectionError = QLabel(self.userGroup)
        self.sectionError.setObjectName(u"sectionError")

        self.sectionComboBox.addWidget(self.sectionError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.sectionComboBox)

        self.passwordLabel = QLabel(self.userGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEditBox = QVBoxLayout()
        self.passwordEditBox.setSpacing(2)
        self.passwordEditBox.setObjectName(u"passwordEditBox")
        self.passwordEditBox.setContentsMargins(0, 0, 0, 0)
        self.passwordEdit = QLineEdit(self.userGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordEditBox.addWidget(self.passwordEdit)

        self.passwordError = QLabel(self.userGroup)
        self.passwordError.setObjectName(u"passwordError")

        self.passwordEditBox.addWidget(self.passwordError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.passwordEditBox)

        self.confirmLabel = QLabel(self.userGroup)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEditBox = QVBoxLayout()
        self.confirmEditBox.setSpacing(2)
        self.confirmEditBox.setObjectName(u"confirmEditBox")
        self.confirmEditBox.setContentsMargins(0, 0, 0, 0)
        self.confirmEdit = QLineEdit(self.userGroup)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.confirmEditBox.addWidget(self.confirmEdit)

        self.confirmError = QLabel(self.userGroup)
        self.confirmError.setObjectName(u"confirmError")

        self.confirmEditBox.addWidget(self.confirmError)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.confirmEditBox)

        self.activeCheck = QCheckBox(self.userGroup)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.layout.addWidget(self.userGroup)

        self.generalError = QLabel(UserDialog)
        self.generalError.setObjectName(u"generalError")

        self.layout.addWidget(self.generalError)

        self.dialogSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.dialogSpacer)

        self.buttons = QDialogButtonBox(UserDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.nipLabel.setBuddy(self.nipEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.sectionLabel.setBuddy(self.sectionCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.nipEdit)
        QWidget.setTabOrder(self.nipEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.sectionCombo)
        QWidget.setTabOrder(self.sectionCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.activeCheck)

        self.retranslateUi(UserDialog)

        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"Pengguna", None))
        self.userGroup.setTitle(QCoreApplication.translate("UserDialog", u"Data pengguna", None))
        self.usernameLabel.setText(QCoreApplication.translate("UserDialog", u"&Nama pengguna", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"huruf kecil, mis. rina", None))
        self.fullNameLabel.setText(QCoreApplication.translate("UserDialog", u"Nama &lengkap", None))
        self.nipLabel.setText(QCoreApplication.translate("UserDialog", u"N&IP / NI PPPK", None))
        self.nipEdit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"18 digit (boleh kosong)", None))
        self.roleLabel.setText(QCoreApplication.translate("UserDialog", u"&Peran", None))
        self.sectionLabel.setText(QCoreApplication.translate("UserDialog", u"&Seksi", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserDialog", u"&Kata sandi", None))
        self.confirmLabel.setText(QCoreApplication.translate("UserDialog", u"&Ulangi kata sandi", None))
        self.activeCheck.setText(QCoreApplication.translate("UserDialog", u"&Aktif (boleh masuk)", None))
    # retranslateUi

