# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_reroute.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QVBoxLayout, QWidget)

class Ui_RerouteDialog(object):
    def setupUi(self, RerouteDialog):
        if not RerouteDialog.objectName():
            RerouteDialog.setObjectName(u"RerouteDialog")
        RerouteDialog.resize(560, 320)
        self.layout = QVBoxLayout(RerouteDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(RerouteDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600;")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(RerouteDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.currentTitle = QLabel(RerouteDialog)
        self.currentTitle.setObjectName(u"currentTitle")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentTitle)

        self.currentLabel = QLabel(RerouteDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentLabel)

        self.sectionLabel = QLabel(RerouteDialog)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectionLabel)

        self.sectionCombo = QComboBox(RerouteDialog)
        self.sectionCombo.setObjectName(u"sectionCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectionCombo)

        self.sectionError = QLabel(RerouteDialog)
        self.sectionError.setObjectName(u"sectionError")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sectionError)

        self.reasonLabel = QLabel(RerouteDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(RerouteDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMinimumSize(QSize(0, 90))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(RerouteDialog)
        self.reasonError.setObjectName(u"reasonError")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.layout.addLayout(self.form)

        self.generalError = QLabel(RerouteDialog)
        self.generalError.setObjectName(u"generalError")

        self.layout.addWidget(self.generalError)

        self.buttons = QDialogButtonBox(RerouteDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.sectionLabel.setBuddy(self.sectionCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sectionCombo, self.reasonEdit)

        self.retranslateUi(RerouteDialog)

        QMetaObject.connectSlotsByName(RerouteDialog)
    # setupUi

    def retranslateUi(self, RerouteDialog):
        RerouteDialog.setWindowTitle(QCoreApplication.translate("RerouteDialog", u"Pindahkan eskalasi ke seksi lain", None))
        self.titleLabel.setText(QCoreApplication.translate("RerouteDialog", u"Pindahkan eskalasi ke seksi lain", None))
        self.introLabel.setText(QCoreApplication.translate("RerouteDialog", u"Konsultasi berpindah ke kotak masuk Kepala Seksi tujuan. Batas waktu solusi dan jadwal progres tetap berjalan dari eskalasi semula.", None))
        self.currentTitle.setText(QCoreApplication.translate("RerouteDialog", u"Seksi sekarang", None))
        self.sectionLabel.setText(QCoreApplication.translate("RerouteDialog", u"&Seksi tujuan", None))
        self.reasonLabel.setText(QCoreApplication.translate("RerouteDialog", u"&Alasan pemindahan", None))
    # retranslateUi

