# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_question.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout, QWidget)

class Ui_IntakeQuestion(object):
    def setupUi(self, IntakeQuestion):
        if not IntakeQuestion.objectName():
            IntakeQuestion.setObjectName(u"IntakeQuestion")
        IntakeQuestion.resize(520, 220)
        IntakeQuestion.setFrameShape(QFrame.Shape.StyledPanel)
        self.rowLayout = QVBoxLayout(IntakeQuestion)
        self.rowLayout.setObjectName(u"rowLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(IntakeQuestion)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-weight: 600;")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.clockLabel = QLabel(IntakeQuestion)
        self.clockLabel.setObjectName(u"clockLabel")

        self.headerLayout.addWidget(self.clockLabel)

        self.removeButton = QToolButton(IntakeQuestion)
        self.removeButton.setObjectName(u"removeButton")

        self.headerLayout.addWidget(self.removeButton)


        self.rowLayout.addLayout(self.headerLayout)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.categoryLabel = QLabel(IntakeQuestion)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryBox = QVBoxLayout()
        self.categoryBox.setSpacing(2)
        self.categoryBox.setObjectName(u"categoryBox")
        self.categoryCombo = QComboBox(IntakeQuestion)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.categoryCombo.setMinimumContentsLength(24)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.categoryCombo.sizePolicy().hasHeightForWidth())
        self.categoryCombo.setSizePolicy(sizePolicy)

        self.categoryBox.addWidget(self.categoryCombo)

        self.categoryError = QLabel(IntakeQuestion)
        self.categoryError.setObjectName(u"categoryError")

        self.categoryBox.addWidget(self.categoryError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.categoryBox)

        self.questionLabel = QLabel(IntakeQuestion)
        self.questionLabel.setObjectName(u"questionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.questionBox = QVBoxLayout()
        self.questionBox.setSpacing(2)
        self.questionBox.setObjectName(u"questionBox")
        self.questionEdit = QPlainTextEdit(IntakeQuestion)
        self.questionEdit.setObjectName(u"questionEdit")
        self.questionEdit.setTabChangesFocus(True)
        self.questionEdit.setMinimumSize(QSize(0, 64))
        self.questionEdit.setMaximumSize(QSize(16777215, 90))

        self.questionBox.addWidget(self.questionEdit)

        self.questionError = QLabel(IntakeQuestion)
        self.questionError.setObjectName(u"questionError")

        self.questionBox.addWidget(self.questionError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.questionBox)

        self.summaryLabel = QLabel(IntakeQuestion)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QLineEdit(IntakeQuestion)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.summaryEdit)


        self.rowLayout.addLayout(self.form)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.questionLabel.setBuddy(self.questionEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.categoryCombo, self.questionEdit)
        QWidget.setTabOrder(self.questionEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.removeButton)

        self.retranslateUi(IntakeQuestion)

        QMetaObject.connectSlotsByName(IntakeQuestion)
    # setupUi

    def retranslateUi(self, IntakeQuestion):
        self.titleLabel.setText(QCoreApplication.translate("IntakeQuestion", u"Pertanyaan 1", None))
#if QT_CONFIG(accessibility)
        self.clockLabel.setAccessibleName(QCoreApplication.translate("IntakeQuestion", u"Sisa waktu layanan", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("IntakeQuestion", u"Hapus", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("IntakeQuestion", u"Hapus pertanyaan ini", None))
#endif // QT_CONFIG(tooltip)
        self.categoryLabel.setText(QCoreApplication.translate("IntakeQuestion", u"Kategori", None))
        self.questionLabel.setText(QCoreApplication.translate("IntakeQuestion", u"Pertanyaan", None))
        self.questionEdit.setPlaceholderText(QCoreApplication.translate("IntakeQuestion", u"Pertanyaan atau masalah yang disampaikan stakeholder", None))
        self.summaryLabel.setText(QCoreApplication.translate("IntakeQuestion", u"Ringkasan", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("IntakeQuestion", u"Opsional; bila kosong diambil dari pertanyaan", None))
        pass
    # retranslateUi

