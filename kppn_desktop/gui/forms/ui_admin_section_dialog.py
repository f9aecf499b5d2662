# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_section_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SectionDialog(object):
    def setupUi(self, SectionDialog):
        if not SectionDialog.objectName():
            SectionDialog.setObjectName(u"SectionDialog")
        SectionDialog.resize(520, 220)
        self.layout = QVBoxLayout(SectionDialog)
        self.layout.setObjectName(u"layout")
        self.sectionGroup = QGroupBox(SectionDialog)
        self.sectionGroup.setObjectName(u"sectionGroup")
        self.form = QFormLayout(self.sectionGroup)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.codeLabel = QLabel(self.sectionGroup)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEditBox = QVBoxLayout()
        self.codeEditBox.setSpacing(2)
        self.codeEditBox.setObjectName(u"codeEditBox")
        self.codeEditBox.setContentsMargins(0, 0, 0, 0)
        self.codeEdit = QLineEdit(self.sectionGroup)
        self.codeEdit.setObjectName(u"codeEdit")

        self.codeEditBox.addWidget(self.codeEdit)

        self.codeError = QLabel(self.sectionGroup)
        self.codeError.setObjectName(u"codeError")

        self.codeEditBox.addWidget(self.codeError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.codeEditBox)

        self.nameLabel = QLabel(self.sectionGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEditBox = QVBoxLayout()
        self.nameEditBox.setSpacing(2)
        self.nameEditBox.setObjectName(u"nameEditBox")
        self.nameEditBox.setContentsMargins(0, 0, 0, 0)
        self.nameEdit = QLineEdit(self.sectionGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameEditBox.addWidget(self.nameEdit)

        self.nameError = QLabel(self.sectionGroup)
        self.nameError.setObjectName(u"nameError")

        self.nameEditBox.addWidget(self.nameError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nameEditBox)

        self.activeCheck = QCheckBox(self.sectionGroup)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.layout.addWidget(self.sectionGroup)

        self.generalError = QLabel(SectionDialog)
        self.generalError.setObjectName(u"generalError")

        self.layout.addWidget(self.generalError)

        self.dialogSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.dialogSpacer)

        self.buttons = QDialogButtonBox(SectionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.activeCheck)

        self.retranslateUi(SectionDialog)

        QMetaObject.connectSlotsByName(SectionDialog)
    # setupUi

    def retranslateUi(self, SectionDialog):
        SectionDialog.setWindowTitle(QCoreApplication.translate("SectionDialog", u"Seksi", None))
        self.sectionGroup.setTitle(QCoreApplication.translate("SectionDialog", u"Seksi", None))
        self.codeLabel.setText(QCoreApplication.translate("SectionDialog", u"&Kode", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("SectionDialog", u"mis. PDMS", None))
        self.nameLabel.setText(QCoreApplication.translate("SectionDialog", u"&Nama seksi", None))
        self.activeCheck.setText(QCoreApplication.translate("SectionDialog", u"&Aktif", None))
    # retranslateUi

