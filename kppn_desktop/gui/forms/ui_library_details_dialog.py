# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'library_details_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout, QWidget)

class Ui_RegulationDetailsDialog(object):
    def setupUi(self, RegulationDetailsDialog):
        if not RegulationDetailsDialog.objectName():
            RegulationDetailsDialog.setObjectName(u"RegulationDetailsDialog")
        RegulationDetailsDialog.resize(620, 340)
        self.layout = QVBoxLayout(RegulationDetailsDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(RegulationDetailsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kindLabel = QLabel(RegulationDetailsDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindBox = QVBoxLayout()
        self.kindBox.setSpacing(2)
        self.kindBox.setObjectName(u"kindBox")
        self.kindCombo = QComboBox(RegulationDetailsDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindBox.addWidget(self.kindCombo)

        self.kindError = QLabel(RegulationDetailsDialog)
        self.kindError.setObjectName(u"kindError")

        self.kindBox.addWidget(self.kindError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindBox)

        self.numberLabel = QLabel(RegulationDetailsDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberBox = QVBoxLayout()
        self.numberBox.setSpacing(2)
        self.numberBox.setObjectName(u"numberBox")
        self.numberEdit = QLineEdit(RegulationDetailsDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.numberBox.addWidget(self.numberEdit)

        self.numberError = QLabel(RegulationDetailsDialog)
        self.numberError.setObjectName(u"numberError")

        self.numberBox.addWidget(self.numberError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.numberBox)

        self.yearLabel = QLabel(RegulationDetailsDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearBox = QVBoxLayout()
        self.yearBox.setSpacing(2)
        self.yearBox.setObjectName(u"yearBox")
        self.yearEdit = QLineEdit(RegulationDetailsDialog)
        self.yearEdit.setObjectName(u"yearEdit")
        self.yearEdit.setMaxLength(4)

        self.yearBox.addWidget(self.yearEdit)

        self.yearError = QLabel(RegulationDetailsDialog)
        self.yearError.setObjectName(u"yearError")

        self.yearBox.addWidget(self.yearError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.yearBox)

        self.titleLabel = QLabel(RegulationDetailsDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleBox = QVBoxLayout()
        self.titleBox.setSpacing(2)
        self.titleBox.setObjectName(u"titleBox")
        self.titleEdit = QLineEdit(RegulationDetailsDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.titleBox.addWidget(self.titleEdit)

        self.titleError = QLabel(RegulationDetailsDialog)
        self.titleError.setObjectName(u"titleError")

        self.titleBox.addWidget(self.titleError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.titleBox)


        self.layout.addLayout(self.form)

        self.generalError = QLabel(RegulationDetailsDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.layout.addWidget(self.generalError)

        self.buttons = QDialogButtonBox(RegulationDetailsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.numberLabel.setBuddy(self.numberEdit)
        self.yearLabel.setBuddy(self.yearEdit)
        self.titleLabel.setBuddy(self.titleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.yearEdit)
        QWidget.setTabOrder(self.yearEdit, self.titleEdit)

        self.retranslateUi(RegulationDetailsDialog)

        QMetaObject.connectSlotsByName(RegulationDetailsDialog)
    # setupUi

    def retranslateUi(self, RegulationDetailsDialog):
        RegulationDetailsDialog.setWindowTitle(QCoreApplication.translate("RegulationDetailsDialog", u"Data peraturan", None))
        self.kindLabel.setText(QCoreApplication.translate("RegulationDetailsDialog", u"&Jenis", None))
        self.numberLabel.setText(QCoreApplication.translate("RegulationDetailsDialog", u"&Nomor", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("RegulationDetailsDialog", u"mis. 62 atau PER-7/PB/2024", None))
        self.yearLabel.setText(QCoreApplication.translate("RegulationDetailsDialog", u"&Tahun", None))
        self.yearEdit.setPlaceholderText(QCoreApplication.translate("RegulationDetailsDialog", u"mis. 2023", None))
        self.titleLabel.setText(QCoreApplication.translate("RegulationDetailsDialog", u"J&udul (tentang)", None))
    # retranslateUi

