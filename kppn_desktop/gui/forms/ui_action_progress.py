# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_progress.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QVBoxLayout, QWidget)

class Ui_ProgressDialog(object):
    def setupUi(self, ProgressDialog):
        if not ProgressDialog.objectName():
            ProgressDialog.setObjectName(u"ProgressDialog")
        ProgressDialog.resize(560, 300)
        self.layout = QVBoxLayout(ProgressDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(ProgressDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600;")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ProgressDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.channelLabel = QLabel(ProgressDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(ProgressDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.channelError = QLabel(ProgressDialog)
        self.channelError.setObjectName(u"channelError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelError)

        self.noteLabel = QLabel(ProgressDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(ProgressDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMinimumSize(QSize(0, 90))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.noteError = QLabel(ProgressDialog)
        self.noteError.setObjectName(u"noteError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.layout.addLayout(self.form)

        self.generalError = QLabel(ProgressDialog)
        self.generalError.setObjectName(u"generalError")

        self.layout.addWidget(self.generalError)

        self.buttons = QDialogButtonBox(ProgressDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.channelLabel.setBuddy(self.channelCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.channelCombo, self.noteEdit)

        self.retranslateUi(ProgressDialog)

        QMetaObject.connectSlotsByName(ProgressDialog)
    # setupUi

    def retranslateUi(self, ProgressDialog):
        ProgressDialog.setWindowTitle(QCoreApplication.translate("ProgressDialog", u"Catat progres", None))
        self.titleLabel.setText(QCoreApplication.translate("ProgressDialog", u"Catat progres", None))
        self.introLabel.setText(QCoreApplication.translate("ProgressDialog", u"Catat progres yang disampaikan kepada stakeholder selama konsultasi dieskalasi.", None))
        self.channelLabel.setText(QCoreApplication.translate("ProgressDialog", u"&Disampaikan melalui", None))
        self.noteLabel.setText(QCoreApplication.translate("ProgressDialog", u"&Isi progres", None))
    # retranslateUi

