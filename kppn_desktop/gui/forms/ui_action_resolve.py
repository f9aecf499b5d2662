# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_resolve.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout, QWidget)

class Ui_ResolveDialog(object):
    def setupUi(self, ResolveDialog):
        if not ResolveDialog.objectName():
            ResolveDialog.setObjectName(u"ResolveDialog")
        ResolveDialog.resize(760, 620)
        self.layout = QVBoxLayout(ResolveDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(ResolveDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600;")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ResolveDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.answerLabel = QLabel(ResolveDialog)
        self.answerLabel.setObjectName(u"answerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.answerLabel)

        self.answerEdit = QPlainTextEdit(ResolveDialog)
        self.answerEdit.setObjectName(u"answerEdit")
        self.answerEdit.setTabChangesFocus(True)
        self.answerEdit.setMinimumSize(QSize(0, 140))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.answerEdit)

        self.answerError = QLabel(ResolveDialog)
        self.answerError.setObjectName(u"answerError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.answerError)

        self.regulationLabel = QLabel(ResolveDialog)
        self.regulationLabel.setObjectName(u"regulationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.regulationLabel)

        self.regulationEdit = QLineEdit(ResolveDialog)
        self.regulationEdit.setObjectName(u"regulationEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.regulationEdit)

        self.regulationError = QLabel(ResolveDialog)
        self.regulationError.setObjectName(u"regulationError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.regulationError)

        self.librarySearchLabel = QLabel(ResolveDialog)
        self.librarySearchLabel.setObjectName(u"librarySearchLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.librarySearchLabel)

        self.librarySearchEdit = QLineEdit(ResolveDialog)
        self.librarySearchEdit.setObjectName(u"librarySearchEdit")
        self.librarySearchEdit.setClearButtonEnabled(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.librarySearchEdit)


        self.layout.addLayout(self.form)

        self.generalError = QLabel(ResolveDialog)
        self.generalError.setObjectName(u"generalError")

        self.layout.addWidget(self.generalError)

        self.buttons = QDialogButtonBox(ResolveDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.answerLabel.setBuddy(self.answerEdit)
        self.regulationLabel.setBuddy(self.regulationEdit)
        self.librarySearchLabel.setBuddy(self.librarySearchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.answerEdit, self.regulationEdit)
        QWidget.setTabOrder(self.regulationEdit, self.librarySearchEdit)

        self.retranslateUi(ResolveDialog)

        QMetaObject.connectSlotsByName(ResolveDialog)
    # setupUi

    def retranslateUi(self, ResolveDialog):
        ResolveDialog.setWindowTitle(QCoreApplication.translate("ResolveDialog", u"Selesaikan konsultasi", None))
        self.titleLabel.setText(QCoreApplication.translate("ResolveDialog", u"Selesaikan konsultasi", None))
        self.introLabel.setText(QCoreApplication.translate("ResolveDialog", u"Tuliskan jawaban yang diberikan kepada stakeholder. Konsultasi akan berstatus Selesai (Resolved).", None))
        self.answerLabel.setText(QCoreApplication.translate("ResolveDialog", u"&Jawaban", None))
        self.regulationLabel.setText(QCoreApplication.translate("ResolveDialog", u"&Dasar peraturan/juknis", None))
        self.regulationEdit.setPlaceholderText(QCoreApplication.translate("ResolveDialog", u"mis. nomor PMK/PER/SE dan pasalnya (boleh kosong)", None))
        self.librarySearchLabel.setText(QCoreApplication.translate("ResolveDialog", u"Cari di &perpustakaan", None))
        self.librarySearchEdit.setPlaceholderText(QCoreApplication.translate("ResolveDialog", u"kata kunci, mis. pencairan SP2D atau TUP", None))
    # retranslateUi

