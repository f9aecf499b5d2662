# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.resize(920, 560)
        self.layout = QVBoxLayout(SetupWizard)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(SetupWizard)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.layout.addWidget(self.titleLabel)

        self.stepLabel = QLabel(SetupWizard)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setStyleSheet(u"font-weight: 600;")

        self.layout.addWidget(self.stepLabel)

        self.stack = QStackedWidget(SetupWizard)
        self.stack.setObjectName(u"stack")
        self.profilePage = QWidget()
        self.profilePage.setObjectName(u"profilePage")
        self.profilePageLayout = QVBoxLayout(self.profilePage)
        self.profilePageLayout.setObjectName(u"profilePageLayout")
        self.profilePageLayout.setContentsMargins(0, 0, 0, 0)
        self.profileIntro = QLabel(self.profilePage)
        self.profileIntro.setObjectName(u"profileIntro")
        self.profileIntro.setStyleSheet(u"color: #555;")
        self.profileIntro.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.profileIntro.sizePolicy().hasHeightForWidth())
        self.profileIntro.setSizePolicy(sizePolicy)

        self.profilePageLayout.addWidget(self.profileIntro)

        self.profileHolder = QVBoxLayout()
        self.profileHolder.setObjectName(u"profileHolder")
        self.profileHolder.setContentsMargins(0, 0, 0, 0)

        self.profilePageLayout.addLayout(self.profileHolder)

        self.profilePageLayout.setStretch(1, 1)
        self.stack.addWidget(self.profilePage)
        self.adminPage = QWidget()
        self.adminPage.setObjectName(u"adminPage")
        self.adminPageLayout = QVBoxLayout(self.adminPage)
        self.adminPageLayout.setObjectName(u"adminPageLayout")
        self.adminPageLayout.setContentsMargins(0, 0, 0, 0)
        self.adminIntro = QLabel(self.adminPage)
        self.adminIntro.setObjectName(u"adminIntro")
        self.adminIntro.setStyleSheet(u"color: #555;")
        self.adminIntro.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.adminIntro.sizePolicy().hasHeightForWidth())
        self.adminIntro.setSizePolicy(sizePolicy)

        self.adminPageLayout.addWidget(self.adminIntro)

        self.adminGroup = QGroupBox(self.adminPage)
        self.adminGroup.setObjectName(u"adminGroup")
        self.adminGroup.setMaximumSize(QSize(640, 16777215))
        self.adminBox = QVBoxLayout(self.adminGroup)
        self.adminBox.setObjectName(u"adminBox")
        self.adminForm = QFormLayout()
        self.adminForm.setObjectName(u"adminForm")
        self.adminForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.usernameLabel = QLabel(self.adminGroup)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.adminForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEditBox = QVBoxLayout()
        self.usernameEditBox.setSpacing(2)
        self.usernameEditBox.setObjectName(u"usernameEditBox")
        self.usernameEditBox.setContentsMargins(0, 0, 0, 0)
        self.usernameEdit = QLineEdit(self.adminGroup)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.usernameEditBox.addWidget(self.usernameEdit)

        self.usernameError = QLabel(self.adminGroup)
        self.usernameError.setObjectName(u"usernameError")

        self.usernameEditBox.addWidget(self.usernameError)


        self.adminForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.usernameEditBox)

        self.fullNameLabel = QLabel(self.adminGroup)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEditBox = QVBoxLayout()
        self.fullNameEditBox.setSpacing(2)
        self.fullNameEditBox.setObjectName(u"fullNameEditBox")
        self.fullNameEditBox.setContentsMargins(0, 0, 0, 0)
        self.fullNameEdit = QLineEdit(self.adminGroup)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.fullNameEditBox.addWidget(self.fullNameEdit)

        self.full_nameError = QLabel(self.adminGroup)
        self.full_nameError.setObjectName(u"full_nameError")

        self.fullNameEditBox.addWidget(self.full_nameError)


        self.adminForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fullNameEditBox)

        self.passwordLabel = QLabel(self.adminGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.adminForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEditBox = QVBoxLayout()
        self.passwordEditBox.setSpacing(2)
        self.passwordEditBox.setObjectName(u"passwordEditBox")
        self.passwordEditBox.setContentsMargins(0, 0, 0, 0)
        self.passwordEdit = QLineEdit(self.adminGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordEditBox.addWidget(self.passwordEdit)

        self.passwordError = QLabel(self.adminGroup)
        self.passwordError.setObjectName(u"passwordError")

        self.passwordEditBox.addWidget(self.passwordError)


        self.adminForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.passwordEditBox)

        self.confirmLabel = QLabel(self.adminGroup)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.adminForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEditBox = QVBoxLayout()
        self.confirmEditBox.setSpacing(2)
        self.confirmEditBox.setObjectName(u"confirmEditBox")
        self.confirmEditBox.setContentsMargins(0, 0, 0, 0)
        self.confirmEdit = QLineEdit(self.adminGroup)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.confirmEditBox.addWidget(self.confirmEdit)

        self.confirmError = QLabel(self.adminGroup)
        self.confirmError.setObjectName(u"confirmError")

        self.confirmEditBox.addWidget(self.confirmError)


        self.adminForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.confirmEditBox)


        self.adminBox.addLayout(self.adminForm)

        self.passwordHint = QLabel(self.adminGroup)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setStyleSheet(u"color: #555;")
        self.passwordHint.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.passwordHint.sizePolicy().hasHeightForWidth())
        self.passwordHint.setSizePolicy(sizePolicy)

        self.adminBox.addWidget(self.passwordHint)


        self.adminPageLayout.addWidget(self.adminGroup)

        self.adminSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.adminPageLayout.addItem(self.adminSpacer)

        self.adminPageLayout.setStretch(2, 1)
        self.stack.addWidget(self.adminPage)

        self.layout.addWidget(self.stack)

        self.generalError = QLabel(SetupWizard)
        self.generalError.setObjectName(u"generalError")

        self.layout.addWidget(self.generalError)

        self.line = QFrame(SetupWizard)
        self.line.setObjectName(u"line")
        self.line.setFrameShape(QFrame.Shape.HLine)
        self.line.setFrameShadow(QFrame.Shadow.Sunken)

        self.layout.addWidget(self.line)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.cancelButton = QPushButton(SetupWizard)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.backButton = QPushButton(SetupWizard)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.backButton)

        self.nextButton = QPushButton(SetupWizard)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)

        self.finishButton = QPushButton(SetupWizard)
        self.finishButton.setObjectName(u"finishButton")

        self.buttonRow.addWidget(self.finishButton)


        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.backButton)
        QWidget.setTabOrder(self.backButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.finishButton)
        QWidget.setTabOrder(self.finishButton, self.cancelButton)

        self.retranslateUi(SetupWizard)

        self.stack.setCurrentIndex(0)
        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"Penyiapan awal \u2014 KPPN Desktop", None))
        self.titleLabel.setText(QCoreApplication.translate("SetupWizard", u"Penyiapan awal KPPN Desktop", None))
        self.stepLabel.setText(QCoreApplication.translate("SetupWizard", u"Langkah 1 dari 2: profil kantor", None))
        self.profileIntro.setText(QCoreApplication.translate("SetupWizard", u"Isian sudah berisi profil KPPN Majene. Sesuaikan bila kantor Anda berbeda; semuanya dapat diubah kemudian di menu Administrasi.", None))
        self.adminIntro.setText(QCoreApplication.translate("SetupWizard", u"Buat akun administrator pertama. Pengguna lain (petugas layanan, Kepala Seksi, Kepala Kantor) ditambahkan oleh administrator setelah masuk.", None))
        self.adminGroup.setTitle(QCoreApplication.translate("SetupWizard", u"Administrator pertama", None))
        self.usernameLabel.setText(QCoreApplication.translate("SetupWizard", u"&Nama pengguna", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"huruf kecil, mis. admin", None))
        self.fullNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Nama &lengkap", None))
        self.passwordLabel.setText(QCoreApplication.translate("SetupWizard", u"&Kata sandi", None))
        self.confirmLabel.setText(QCoreApplication.translate("SetupWizard", u"&Ulangi kata sandi", None))
        self.passwordHint.setText(QCoreApplication.translate("SetupWizard", u"Kata sandi minimal 8 karakter. Simpan baik-baik: akun ini mengelola pengguna, seksi, kalender dan profil kantor.", None))
        self.cancelButton.setText(QCoreApplication.translate("SetupWizard", u"Batal", None))
        self.backButton.setText(QCoreApplication.translate("SetupWizard", u"\u25c0 Ke&mbali", None))
        self.nextButton.setText(QCoreApplication.translate("SetupWizard", u"Lan&jut \u25b6", None))
        self.finishButton.setText(QCoreApplication.translate("SetupWizard", u"&Selesai", None))
    # retranslateUi

