# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_profile_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_OfficeProfileForm(object):
    def setupUi(self, OfficeProfileForm):
        if not OfficeProfileForm.objectName():
            OfficeProfileForm.setObjectName(u"OfficeProfileForm")
        OfficeProfileForm.resize(900, 420)
        self.columns = QHBoxLayout(OfficeProfileForm)
        self.columns.setObjectName(u"columns")
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.leftColumn.setContentsMargins(0, 0, 0, 0)
        self.identityGroup = QGroupBox(OfficeProfileForm)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.codeLabel = QLabel(self.identityGroup)
        self.codeLabel.setObjectName(u"codeLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEditBox = QVBoxLayout()
        self.codeEditBox.setSpacing(2)
        self.codeEditBox.setObjectName(u"codeEditBox")
        self.codeEditBox.setContentsMargins(0, 0, 0, 0)
        self.codeEdit = QLineEdit(self.identityGroup)
        self.codeEdit.setObjectName(u"codeEdit")

        self.codeEditBox.addWidget(self.codeEdit)

        self.codeError = QLabel(self.identityGroup)
        self.codeError.setObjectName(u"codeError")

        self.codeEditBox.addWidget(self.codeError)


        self.identityForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.codeEditBox)

        self.officeTypeLabel = QLabel(self.identityGroup)
        self.officeTypeLabel.setObjectName(u"officeTypeLabel")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officeTypeLabel)

        self.officeTypeComboBox = QVBoxLayout()
        self.officeTypeComboBox.setSpacing(2)
        self.officeTypeComboBox.setObjectName(u"officeTypeComboBox")
        self.officeTypeComboBox.setContentsMargins(0, 0, 0, 0)
        self.officeTypeCombo = QComboBox(self.identityGroup)
        self.officeTypeCombo.addItem("")
        self.officeTypeCombo.addItem("")
        self.officeTypeCombo.setObjectName(u"officeTypeCombo")
        self.officeTypeCombo.setEditable(True)

        self.officeTypeComboBox.addWidget(self.officeTypeCombo)

        self.office_typeError = QLabel(self.identityGroup)
        self.office_typeError.setObjectName(u"office_typeError")

        self.officeTypeComboBox.addWidget(self.office_typeError)


        self.identityForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.officeTypeComboBox)

        self.nameLabel = QLabel(self.identityGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEditBox = QVBoxLayout()
        self.nameEditBox.setSpacing(2)
        self.nameEditBox.setObjectName(u"nameEditBox")
        self.nameEditBox.setContentsMargins(0, 0, 0, 0)
        self.nameEdit = QLineEdit(self.identityGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameEditBox.addWidget(self.nameEdit)

        self.nameError = QLabel(self.identityGroup)
        self.nameError.setObjectName(u"nameError")

        self.nameEditBox.addWidget(self.nameError)


        self.identityForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.nameEditBox)

        self.fullNameLabel = QLabel(self.identityGroup)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEditBox = QVBoxLayout()
        self.fullNameEditBox.setSpacing(2)
        self.fullNameEditBox.setObjectName(u"fullNameEditBox")
        self.fullNameEditBox.setContentsMargins(0, 0, 0, 0)
        self.fullNameEdit = QLineEdit(self.identityGroup)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.fullNameEditBox.addWidget(self.fullNameEdit)

        self.full_nameError = QLabel(self.identityGroup)
        self.full_nameError.setObjectName(u"full_nameError")

        self.fullNameEditBox.addWidget(self.full_nameError)


        self.identityForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.fullNameEditBox)

        self.kanwilLabel = QLabel(self.identityGroup)
        self.kanwilLabel.setObjectName(u"kanwilLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kanwilLabel)

        self.kanwilEditBox = QVBoxLayout()
        self.kanwilEditBox.setSpacing(2)
        self.kanwilEditBox.setObjectName(u"kanwilEditBox")
        self.kanwilEditBox.setContentsMargins(0, 0, 0, 0)
        self.kanwilEdit = QLineEdit(self.identityGroup)
        self.kanwilEdit.setObjectName(u"kanwilEdit")

        self.kanwilEditBox.addWidget(self.kanwilEdit)

        self.kanwilError = QLabel(self.identityGroup)
        self.kanwilError.setObjectName(u"kanwilError")

        self.kanwilEditBox.addWidget(self.kanwilError)


        self.identityForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.kanwilEditBox)


        self.leftColumn.addWidget(self.identityGroup)

        self.headGroup = QGroupBox(OfficeProfileForm)
        self.headGroup.setObjectName(u"headGroup")
        self.headForm = QFormLayout(self.headGroup)
        self.headForm.setObjectName(u"headForm")
        self.headForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.headNameLabel = QLabel(self.headGroup)
        self.headNameLabel.setObjectName(u"headNameLabel")

        self.headForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.headNameLabel)

        self.headNameEditBox = QVBoxLayout()
        self.headNameEditBox.setSpacing(2)
        self.headNameEditBox.setObjectName(u"headNameEditBox")
        self.headNameEditBox.setContentsMargins(0, 0, 0, 0)
        self.headNameEdit = QLineEdit(self.headGroup)
        self.headNameEdit.setObjectName(u"headNameEdit")

        self.headNameEditBox.addWidget(self.headNameEdit)

        self.head_nameError = QLabel(self.headGroup)
        self.head_nameError.setObjectName(u"head_nameError")

        self.headNameEditBox.addWidget(self.head_nameError)


        self.headForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.headNameEditBox)

        self.headNipLabel = QLabel(self.headGroup)
        self.headNipLabel.setObjectName(u"headNipLabel")

        self.headForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.headNipLabel)

        self.headNipEditBox = QVBoxLayout()
        self.headNipEditBox.setSpacing(2)
        self.headNipEditBox.setObjectName(u"headNipEditBox")
        self.headNipEditBox.setContentsMargins(0, 0, 0, 0)
        self.headNipEdit = QLineEdit(self.headGroup)
        self.headNipEdit.setObjectName(u"headNipEdit")

        self.headNipEditBox.addWidget(self.headNipEdit)

        self.head_nipError = QLabel(self.headGroup)
        self.head_nipError.setObjectName(u"head_nipError")

        self.headNipEditBox.addWidget(self.head_nipError)


        self.headForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.headNipEditBox)


        self.leftColumn.addWidget(self.headGroup)

        self.leftSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)

        self.leftColumn.setStretch(2, 1)

        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.rightColumn.setContentsMargins(0, 0, 0, 0)
        self.contactGroup = QGroupBox(OfficeProfileForm)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactForm = QFormLayout(self.contactGroup)
        self.contactForm.setObjectName(u"contactForm")
        self.contactForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.addressLabel = QLabel(self.contactGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEditBox = QVBoxLayout()
        self.addressEditBox.setSpacing(2)
        self.addressEditBox.setObjectName(u"addressEditBox")
        self.addressEditBox.setContentsMargins(0, 0, 0, 0)
        self.addressEdit = QLineEdit(self.contactGroup)
        self.addressEdit.setObjectName(u"addressEdit")

        self.addressEditBox.addWidget(self.addressEdit)

        self.addressError = QLabel(self.contactGroup)
        self.addressError.setObjectName(u"addressError")

        self.addressEditBox.addWidget(self.addressError)


        self.contactForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.addressEditBox)

        self.cityLabel = QLabel(self.contactGroup)
        self.cityLabel.setObjectName(u"cityLabel")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEditBox = QVBoxLayout()
        self.cityEditBox.setSpacing(2)
        self.cityEditBox.setObjectName(u"cityEditBox")
        self.cityEditBox.setContentsMargins(0, 0, 0, 0)
        self.cityEdit = QLineEdit(self.contactGroup)
        self.cityEdit.setObjectName(u"cityEdit")

        self.cityEditBox.addWidget(self.cityEdit)

        self.cityError = QLabel(self.contactGroup)
        self.cityError.setObjectName(u"cityError")

        self.cityEditBox.addWidget(self.cityError)


        self.contactForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.cityEditBox)

        self.timezoneLabel = QLabel(self.contactGroup)
        self.timezoneLabel.setObjectName(u"timezoneLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.timezoneLabel)

        self.timezoneBox = QVBoxLayout()
        self.timezoneBox.setSpacing(2)
        self.timezoneBox.setObjectName(u"timezoneBox")
        self.timezoneBox.setContentsMargins(0, 0, 0, 0)
        self.timezoneRow = QHBoxLayout()
        self.timezoneRow.setObjectName(u"timezoneRow")
        self.timezoneRow.setContentsMargins(0, 0, 0, 0)
        self.timezoneCombo = QComboBox(self.contactGroup)
        self.timezoneCombo.addItem("")
        self.timezoneCombo.addItem("")
        self.timezoneCombo.addItem("")
        self.timezoneCombo.addItem("")
        self.timezoneCombo.setObjectName(u"timezoneCombo")
        self.timezoneCombo.setEditable(True)

        self.timezoneRow.addWidget(self.timezoneCombo)

        self.zoneAbbrevLabel = QLabel(self.contactGroup)
        self.zoneAbbrevLabel.setObjectName(u"zoneAbbrevLabel")
        self.zoneAbbrevLabel.setMinimumSize(QSize(40, 0))

        self.timezoneRow.addWidget(self.zoneAbbrevLabel)

        self.timezoneRow.setStretch(0, 1)

        self.timezoneBox.addLayout(self.timezoneRow)

        self.timezoneError = QLabel(self.contactGroup)
        self.timezoneError.setObjectName(u"timezoneError")

        self.timezoneBox.addWidget(self.timezoneError)


        self.contactForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.timezoneBox)

        self.phoneLabel = QLabel(self.contactGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEditBox = QVBoxLayout()
        self.phoneEditBox.setSpacing(2)
        self.phoneEditBox.setObjectName(u"phoneEditBox")
        self.phoneEditBox.setContentsMargins(0, 0, 0, 0)
        self.phoneEdit = QLineEdit(self.contactGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.phoneEditBox.addWidget(self.phoneEdit)

        self.phoneError = QLabel(self.contactGroup)
        self.phoneError.setObjectName(u"phoneError")

        self.phoneEditBox.addWidget(self.phoneError)


        self.contactForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.phoneEditBox)

        self.emailLabel = QLabel(self.contactGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEditBox = QVBoxLayout()
        self.emailEditBox.setSpacing(2)
        self.emailEditBox.setObjectName(u"emailEditBox")
        self.emailEditBox.setContentsMargins(0, 0, 0, 0)
        self.emailEdit = QLineEdit(self.contactGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.emailEditBox.addWidget(self.emailEdit)

        self.emailError = QLabel(self.contactGroup)
        self.emailError.setObjectName(u"emailError")

        self.emailEditBox.addWidget(self.emailError)


        self.contactForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.emailEditBox)

        self.websiteLabel = QLabel(self.contactGroup)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.contactForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteEditBox = QVBoxLayout()
        self.websiteEditBox.setSpacing(2)
        self.websiteEditBox.setObjectName(u"websiteEditBox")
        self.websiteEditBox.setContentsMargins(0, 0, 0, 0)
        self.websiteEdit = QLineEdit(self.contactGroup)
        self.websiteEdit.setObjectName(u"websiteEdit")

        self.websiteEditBox.addWidget(self.websiteEdit)

        self.websiteError = QLabel(self.contactGroup)
        self.websiteError.setObjectName(u"websiteError")

        self.websiteEditBox.addWidget(self.websiteError)


        self.contactForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.websiteEditBox)


        self.rightColumn.addWidget(self.contactGroup)

        self.rightSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)

        self.rightColumn.setStretch(1, 1)

        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.officeTypeLabel.setBuddy(self.officeTypeCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.kanwilLabel.setBuddy(self.kanwilEdit)
        self.headNameLabel.setBuddy(self.headNameEdit)
        self.headNipLabel.setBuddy(self.headNipEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.timezoneLabel.setBuddy(self.timezoneCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.officeTypeCombo)
        QWidget.setTabOrder(self.officeTypeCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.kanwilEdit)
        QWidget.setTabOrder(self.kanwilEdit, self.headNameEdit)
        QWidget.setTabOrder(self.headNameEdit, self.headNipEdit)
        QWidget.setTabOrder(self.headNipEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.timezoneCombo)
        QWidget.setTabOrder(self.timezoneCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.websiteEdit)

        self.retranslateUi(OfficeProfileForm)

        QMetaObject.connectSlotsByName(OfficeProfileForm)
    # setupUi

    def retranslateUi(self, OfficeProfileForm):
        OfficeProfileForm.setWindowTitle(QCoreApplication.translate("OfficeProfileForm", u"Profil kantor", None))
        self.identityGroup.setTitle(QCoreApplication.translate("OfficeProfileForm", u"Identitas kantor", None))
        self.codeLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"&Kode KPPN", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"3 digit, mis. 121", None))
        self.officeTypeLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"T&ipe kantor", None))
        self.officeTypeCombo.setItemText(0, QCoreApplication.translate("OfficeProfileForm", u"A1", None))
        self.officeTypeCombo.setItemText(1, QCoreApplication.translate("OfficeProfileForm", u"A2", None))

        self.nameLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"&Nama singkat", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"mis. KPPN Majene", None))
        self.fullNameLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"Nama &lengkap", None))
        self.kanwilLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"Kan&wil", None))
        self.headGroup.setTitle(QCoreApplication.translate("OfficeProfileForm", u"Kepala kantor", None))
        self.headNameLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"Nama kepala kant&or", None))
        self.headNipLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"NI&P kepala kantor", None))
        self.headNipEdit.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"18 digit", None))
        self.contactGroup.setTitle(QCoreApplication.translate("OfficeProfileForm", u"Alamat dan kontak", None))
        self.addressLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"&Alamat", None))
        self.cityLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"Ko&ta", None))
        self.timezoneLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"&Zona waktu", None))
        self.timezoneCombo.setItemText(0, QCoreApplication.translate("OfficeProfileForm", u"Asia/Jakarta", None))
        self.timezoneCombo.setItemText(1, QCoreApplication.translate("OfficeProfileForm", u"Asia/Pontianak", None))
        self.timezoneCombo.setItemText(2, QCoreApplication.translate("OfficeProfileForm", u"Asia/Makassar", None))
        self.timezoneCombo.setItemText(3, QCoreApplication.translate("OfficeProfileForm", u"Asia/Jayapura", None))

        self.zoneAbbrevLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"WITA", None))
        self.phoneLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"T&elepon", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"mis. 0422 21xxx", None))
        self.emailLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"Su&rel (e-mail)", None))
        self.websiteLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"Situs we&b", None))
    # retranslateUi

