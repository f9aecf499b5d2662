# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_override_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_OverrideDialog(object):
    def setupUi(self, OverrideDialog):
        if not OverrideDialog.objectName():
            OverrideDialog.setObjectName(u"OverrideDialog")
        OverrideDialog.resize(520, 520)
        self.layout = QVBoxLayout(OverrideDialog)
        self.layout.setObjectName(u"layout")
        self.rangeGroup = QGroupBox(OverrideDialog)
        self.rangeGroup.setObjectName(u"rangeGroup")
        self.form = QFormLayout(self.rangeGroup)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.firstDayLabel = QLabel(self.rangeGroup)
        self.firstDayLabel.setObjectName(u"firstDayLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstDayLabel)

        self.firstDayEditBox = QVBoxLayout()
        self.firstDayEditBox.setSpacing(2)
        self.firstDayEditBox.setObjectName(u"firstDayEditBox")
        self.firstDayEditBox.setContentsMargins(0, 0, 0, 0)
        self.firstDayEdit = QDateEdit(self.rangeGroup)
        self.firstDayEdit.setObjectName(u"firstDayEdit")
        self.firstDayEdit.setCalendarPopup(True)

        self.firstDayEditBox.addWidget(self.firstDayEdit)

        self.first_dayError = QLabel(self.rangeGroup)
        self.first_dayError.setObjectName(u"first_dayError")

        self.firstDayEditBox.addWidget(self.first_dayError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.firstDayEditBox)

        self.lastDayLabel = QLabel(self.rangeGroup)
        self.lastDayLabel.setObjectName(u"lastDayLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastDayLabel)

        self.lastDayEditBox = QVBoxLayout()
        self.lastDayEditBox.setSpacing(2)
        self.lastDayEditBox.setObjectName(u"lastDayEditBox")
        self.lastDayEditBox.setContentsMargins(0, 0, 0, 0)
        self.lastDayEdit = QDateEdit(self.rangeGroup)
        self.lastDayEdit.setObjectName(u"lastDayEdit")
        self.lastDayEdit.setCalendarPopup(True)

        self.lastDayEditBox.addWidget(self.lastDayEdit)

        self.last_dayError = QLabel(self.rangeGroup)
        self.last_dayError.setObjectName(u"last_dayError")

        self.lastDayEditBox.addWidget(self.last_dayError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.lastDayEditBox)

        self.noteLabel = QLabel(self.rangeGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEditBox = QVBoxLayout()
        self.noteEditBox.setSpacing(2)
        self.noteEditBox.setObjectName(u"noteEditBox")
        self.noteEditBox.setContentsMargins(0, 0, 0, 0)
        self.noteEdit = QLineEdit(self.rangeGroup)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteEditBox.addWidget(self.noteEdit)

        self.noteError = QLabel(self.rangeGroup)
        self.noteError.setObjectName(u"noteError")

        self.noteEditBox.addWidget(self.noteError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.noteEditBox)


        self.layout.addWidget(self.rangeGroup)

        self.hoursGroup = QGroupBox(OverrideDialog)
        self.hoursGroup.setObjectName(u"hoursGroup")
        self.hoursHolder = QVBoxLayout(self.hoursGroup)
        self.hoursHolder.setObjectName(u"hoursHolder")

        self.layout.addWidget(self.hoursGroup)

        self.generalError = QLabel(OverrideDialog)
        self.generalError.setObjectName(u"generalError")

        self.layout.addWidget(self.generalError)

        self.dialogSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.dialogSpacer)

        self.buttons = QDialogButtonBox(OverrideDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.firstDayLabel.setBuddy(self.firstDayEdit)
        self.lastDayLabel.setBuddy(self.lastDayEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firstDayEdit, self.lastDayEdit)
        QWidget.setTabOrder(self.lastDayEdit, self.noteEdit)

        self.retranslateUi(OverrideDialog)

        QMetaObject.connectSlotsByName(OverrideDialog)
    # setupUi

    def retranslateUi(self, OverrideDialog):
        OverrideDialog.setWindowTitle(QCoreApplication.translate("OverrideDialog", u"Jam layanan khusus", None))
        self.rangeGroup.setTitle(QCoreApplication.translate("OverrideDialog", u"Rentang tanggal", None))
        self.firstDayLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Dari tanggal", None))
        self.firstDayEdit.setDisplayFormat(QCoreApplication.translate("OverrideDialog", u"dd/MM/yyyy", None))
        self.lastDayLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Sampai tanggal", None))
        self.lastDayEdit.setDisplayFormat(QCoreApplication.translate("OverrideDialog", u"dd/MM/yyyy", None))
        self.noteLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Keterangan", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("OverrideDialog", u"mis. Ramadan 1447 H", None))
        self.hoursGroup.setTitle(QCoreApplication.translate("OverrideDialog", u"Jam layanan pada rentang ini (hari yang tidak dicentang: tutup)", None))
    # retranslateUi

