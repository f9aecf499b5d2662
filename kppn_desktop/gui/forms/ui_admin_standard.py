# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_standard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_StandardTab(object):
    def setupUi(self, StandardTab):
        if not StandardTab.objectName():
            StandardTab.setObjectName(u"StandardTab")
        StandardTab.resize(1100, 520)
        self.layout = QVBoxLayout(StandardTab)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.infoLabel = QLabel(StandardTab)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setStyleSheet(u"color: #555;")
        self.infoLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.infoLabel.sizePolicy().hasHeightForWidth())
        self.infoLabel.setSizePolicy(sizePolicy)

        self.layout.addWidget(self.infoLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.leftColumn.setContentsMargins(0, 0, 0, 0)
        self.serviceGroup = QGroupBox(StandardTab)
        self.serviceGroup.setObjectName(u"serviceGroup")
        self.serviceForm = QFormLayout(self.serviceGroup)
        self.serviceForm.setObjectName(u"serviceForm")
        self.serviceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.serviceMinutesLabel = QLabel(self.serviceGroup)
        self.serviceMinutesLabel.setObjectName(u"serviceMinutesLabel")

        self.serviceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serviceMinutesLabel)

        self.serviceMinutesSpinBox = QVBoxLayout()
        self.serviceMinutesSpinBox.setSpacing(2)
        self.serviceMinutesSpinBox.setObjectName(u"serviceMinutesSpinBox")
        self.serviceMinutesSpinBox.setContentsMargins(0, 0, 0, 0)
        self.serviceMinutesSpinRow = QHBoxLayout()
        self.serviceMinutesSpinRow.setObjectName(u"serviceMinutesSpinRow")
        self.serviceMinutesSpinRow.setContentsMargins(0, 0, 0, 0)
        self.serviceMinutesSpin = QSpinBox(self.serviceGroup)
        self.serviceMinutesSpin.setObjectName(u"serviceMinutesSpin")
        self.serviceMinutesSpin.setMinimum(1)
        self.serviceMinutesSpin.setMaximum(600)

        self.serviceMinutesSpinRow.addWidget(self.serviceMinutesSpin)

        self.serviceMinutesSpinSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.serviceMinutesSpinRow.addItem(self.serviceMinutesSpinSpacer)


        self.serviceMinutesSpinBox.addLayout(self.serviceMinutesSpinRow)

        self.serviceMinutesNote = QLabel(self.serviceGroup)
        self.serviceMinutesNote.setObjectName(u"serviceMinutesNote")
        self.serviceMinutesNote.setStyleSheet(u"color: #555;")
        self.serviceMinutesNote.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.serviceMinutesNote.sizePolicy().hasHeightForWidth())
        self.serviceMinutesNote.setSizePolicy(sizePolicy)

        self.serviceMinutesSpinBox.addWidget(self.serviceMinutesNote)

        self.service_minutesError = QLabel(self.serviceGroup)
        self.service_minutesError.setObjectName(u"service_minutesError")

        self.serviceMinutesSpinBox.addWidget(self.service_minutesError)


        self.serviceForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.serviceMinutesSpinBox)

        self.solutionDaysLabel = QLabel(self.serviceGroup)
        self.solutionDaysLabel.setObjectName(u"solutionDaysLabel")

        self.serviceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.solutionDaysLabel)

        self.solutionDaysSpinBox = QVBoxLayout()
        self.solutionDaysSpinBox.setSpacing(2)
        self.solutionDaysSpinBox.setObjectName(u"solutionDaysSpinBox")
        self.solutionDaysSpinBox.setContentsMargins(0, 0, 0, 0)
        self.solutionDaysSpinRow = QHBoxLayout()
        self.solutionDaysSpinRow.setObjectName(u"solutionDaysSpinRow")
        self.solutionDaysSpinRow.setContentsMargins(0, 0, 0, 0)
        self.solutionDaysSpin = QSpinBox(self.serviceGroup)
        self.solutionDaysSpin.setObjectName(u"solutionDaysSpin")
        self.solutionDaysSpin.setMinimum(1)
        self.solutionDaysSpin.setMaximum(60)

        self.solutionDaysSpinRow.addWidget(self.solutionDaysSpin)

        self.solutionDaysSpinSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.solutionDaysSpinRow.addItem(self.solutionDaysSpinSpacer)


        self.solutionDaysSpinBox.addLayout(self.solutionDaysSpinRow)

        self.solutionDaysNote = QLabel(self.serviceGroup)
        self.solutionDaysNote.setObjectName(u"solutionDaysNote")
        self.solutionDaysNote.setStyleSheet(u"color: #555;")
        self.solutionDaysNote.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.solutionDaysNote.sizePolicy().hasHeightForWidth())
        self.solutionDaysNote.setSizePolicy(sizePolicy)

        self.solutionDaysSpinBox.addWidget(self.solutionDaysNote)

        self.solution_working_daysError = QLabel(self.serviceGroup)
        self.solution_working_daysError.setObjectName(u"solution_working_daysError")

        self.solutionDaysSpinBox.addWidget(self.solution_working_daysError)


        self.serviceForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.solutionDaysSpinBox)

        self.progressDaysLabel = QLabel(self.serviceGroup)
        self.progressDaysLabel.setObjectName(u"progressDaysLabel")

        self.serviceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.progressDaysLabel)

        self.progressDaysSpinBox = QVBoxLayout()
        self.progressDaysSpinBox.setSpacing(2)
        self.progressDaysSpinBox.setObjectName(u"progressDaysSpinBox")
        self.progressDaysSpinBox.setContentsMargins(0, 0, 0, 0)
        self.progressDaysSpin = QSpinBox(self.serviceGroup)
        self.progressDaysSpin.setObjectName(u"progressDaysSpin")
        self.progressDaysSpin.setMinimum(1)
        self.progressDaysSpin.setMaximum(30)

        self.progressDaysSpinBox.addWidget(self.progressDaysSpin)

        self.progress_every_working_daysError = QLabel(self.serviceGroup)
        self.progress_every_working_daysError.setObjectName(u"progress_every_working_daysError")

        self.progressDaysSpinBox.addWidget(self.progress_every_working_daysError)


        self.serviceForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.progressDaysSpinBox)

        self.referenceLabel = QLabel(self.serviceGroup)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.serviceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEditBox = QVBoxLayout()
        self.referenceEditBox.setSpacing(2)
        self.referenceEditBox.setObjectName(u"referenceEditBox")
        self.referenceEditBox.setContentsMargins(0, 0, 0, 0)
        self.referenceEdit = QLineEdit(self.serviceGroup)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.referenceEditBox.addWidget(self.referenceEdit)

        self.referenceError = QLabel(self.serviceGroup)
        self.referenceError.setObjectName(u"referenceError")

        self.referenceEditBox.addWidget(self.referenceError)


        self.serviceForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.referenceEditBox)


        self.leftColumn.addWidget(self.serviceGroup)

        self.leftSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)

        self.leftColumn.setStretch(1, 1)

        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.rightColumn.setContentsMargins(0, 0, 0, 0)
        self.deskGroup = QGroupBox(StandardTab)
        self.deskGroup.setObjectName(u"deskGroup")
        self.deskForm = QFormLayout(self.deskGroup)
        self.deskForm.setObjectName(u"deskForm")
        self.deskForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.attachmentLabel = QLabel(self.deskGroup)
        self.attachmentLabel.setObjectName(u"attachmentLabel")

        self.deskForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.attachmentLabel)

        self.attachmentSpinBox = QVBoxLayout()
        self.attachmentSpinBox.setSpacing(2)
        self.attachmentSpinBox.setObjectName(u"attachmentSpinBox")
        self.attachmentSpinBox.setContentsMargins(0, 0, 0, 0)
        self.attachmentSpin = QSpinBox(self.deskGroup)
        self.attachmentSpin.setObjectName(u"attachmentSpin")
        self.attachmentSpin.setMinimum(1)
        self.attachmentSpin.setMaximum(500)

        self.attachmentSpinBox.addWidget(self.attachmentSpin)

        self.attachment_max_mbError = QLabel(self.deskGroup)
        self.attachment_max_mbError.setObjectName(u"attachment_max_mbError")

        self.attachmentSpinBox.addWidget(self.attachment_max_mbError)


        self.deskForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.attachmentSpinBox)

        self.idleLabel = QLabel(self.deskGroup)
        self.idleLabel.setObjectName(u"idleLabel")

        self.deskForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpinBox = QVBoxLayout()
        self.idleSpinBox.setSpacing(2)
        self.idleSpinBox.setObjectName(u"idleSpinBox")
        self.idleSpinBox.setContentsMargins(0, 0, 0, 0)
        self.idleSpin = QSpinBox(self.deskGroup)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(240)

        self.idleSpinBox.addWidget(self.idleSpin)

        self.idle_lock_minutesError = QLabel(self.deskGroup)
        self.idle_lock_minutesError.setObjectName(u"idle_lock_minutesError")

        self.idleSpinBox.addWidget(self.idle_lock_minutesError)


        self.deskForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.idleSpinBox)

        self.autoPrintCheck = QCheckBox(self.deskGroup)
        self.autoPrintCheck.setObjectName(u"autoPrintCheck")

        self.deskForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.autoPrintCheck)

        self.auto_print_slipError = QLabel(self.deskGroup)
        self.auto_print_slipError.setObjectName(u"auto_print_slipError")

        self.deskForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.auto_print_slipError)

        self.retentionLabel = QLabel(self.deskGroup)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.deskForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.retentionLabel)

        self.retentionSpinBox = QVBoxLayout()
        self.retentionSpinBox.setSpacing(2)
        self.retentionSpinBox.setObjectName(u"retentionSpinBox")
        self.retentionSpinBox.setContentsMargins(0, 0, 0, 0)
        self.retentionSpinRow = QHBoxLayout()
        self.retentionSpinRow.setObjectName(u"retentionSpinRow")
        self.retentionSpinRow.setContentsMargins(0, 0, 0, 0)
        self.retentionSpin = QSpinBox(self.deskGroup)
        self.retentionSpin.setObjectName(u"retentionSpin")
        self.retentionSpin.setMinimum(1)
        self.retentionSpin.setMaximum(50)

        self.retentionSpinRow.addWidget(self.retentionSpin)

        self.retentionSpinSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retentionSpinRow.addItem(self.retentionSpinSpacer)


        self.retentionSpinBox.addLayout(self.retentionSpinRow)

        self.retentionNote = QLabel(self.deskGroup)
        self.retentionNote.setObjectName(u"retentionNote")
        self.retentionNote.setStyleSheet(u"color: #555;")
        self.retentionNote.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.retentionNote.sizePolicy().hasHeightForWidth())
        self.retentionNote.setSizePolicy(sizePolicy)

        self.retentionSpinBox.addWidget(self.retentionNote)

        self.retention_yearsError = QLabel(self.deskGroup)
        self.retention_yearsError.setObjectName(u"retention_yearsError")

        self.retentionSpinBox.addWidget(self.retention_yearsError)


        self.deskForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.retentionSpinBox)


        self.rightColumn.addWidget(self.deskGroup)

        self.rightSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)

        self.rightColumn.setStretch(1, 1)

        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.layout.addLayout(self.columns)

        self.standardButtons = QHBoxLayout()
        self.standardButtons.setObjectName(u"standardButtons")
        self.standardSavedLabel = QLabel(StandardTab)
        self.standardSavedLabel.setObjectName(u"standardSavedLabel")
        self.standardSavedLabel.setStyleSheet(u"color: #555;")

        self.standardButtons.addWidget(self.standardSavedLabel)

        self.standardSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.standardButtons.addItem(self.standardSpacer)

        self.saveStandardButton = QPushButton(StandardTab)
        self.saveStandardButton.setObjectName(u"saveStandardButton")

        self.standardButtons.addWidget(self.saveStandardButton)


        self.layout.addLayout(self.standardButtons)

        self.bottomSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.serviceMinutesLabel.setBuddy(self.serviceMinutesSpin)
        self.solutionDaysLabel.setBuddy(self.solutionDaysSpin)
        self.progressDaysLabel.setBuddy(self.progressDaysSpin)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.attachmentLabel.setBuddy(self.attachmentSpin)
        self.idleLabel.setBuddy(self.idleSpin)
        self.retentionLabel.setBuddy(self.retentionSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.serviceMinutesSpin, self.solutionDaysSpin)
        QWidget.setTabOrder(self.solutionDaysSpin, self.progressDaysSpin)
        QWidget.setTabOrder(self.progressDaysSpin, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.attachmentSpin)
        QWidget.setTabOrder(self.attachmentSpin, self.idleSpin)
        QWidget.setTabOrder(self.idleSpin, self.autoPrintCheck)
        QWidget.setTabOrder(self.autoPrintCheck, self.retentionSpin)
        QWidget.setTabOrder(self.retentionSpin, self.saveStandardButton)

        self.retranslateUi(StandardTab)

        QMetaObject.connectSlotsByName(StandardTab)
    # setupUi

    def retranslateUi(self, StandardTab):
        self.infoLabel.setText(QCoreApplication.translate("StandardTab", u"Semua angka standar pelayanan adalah pengaturan: nilai awalnya dari standar KEP-57/PB/2023 dan dapat disesuaikan bila standar berubah (mis. KEP-83/PB/2025). Perubahan berlaku untuk konsultasi berikutnya.", None))
        self.serviceGroup.setTitle(QCoreApplication.translate("StandardTab", u"Standar pelayanan konsultasi", None))
        self.serviceMinutesLabel.setText(QCoreApplication.translate("StandardTab", u"Standar &waktu layanan", None))
        self.serviceMinutesSpin.setSuffix(QCoreApplication.translate("StandardTab", u" menit", None))
        self.serviceMinutesNote.setText(QCoreApplication.translate("StandardTab", u"Per pertanyaan, dihitung dalam menit jam kantor. Kategori dapat memiliki target sendiri.", None))
        self.solutionDaysLabel.setText(QCoreApplication.translate("StandardTab", u"Batas waktu s&olusi", None))
        self.solutionDaysSpin.setSuffix(QCoreApplication.translate("StandardTab", u" hari kerja", None))
        self.solutionDaysNote.setText(QCoreApplication.translate("StandardTab", u"Sesudah hari konsultasi; jatuh tempo pada jam tutup hari kerja terakhir.", None))
        self.progressDaysLabel.setText(QCoreApplication.translate("StandardTab", u"&Progres paling lambat tiap", None))
        self.progressDaysSpin.setSuffix(QCoreApplication.translate("StandardTab", u" hari kerja", None))
        self.referenceLabel.setText(QCoreApplication.translate("StandardTab", u"&Dasar standar", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("StandardTab", u"mis. KEP-57/PB/2023", None))
        self.deskGroup.setTitle(QCoreApplication.translate("StandardTab", u"Meja layanan dan data pribadi", None))
        self.attachmentLabel.setText(QCoreApplication.translate("StandardTab", u"Ukuran &lampiran maks.", None))
        self.attachmentSpin.setSuffix(QCoreApplication.translate("StandardTab", u" MB", None))
        self.idleLabel.setText(QCoreApplication.translate("StandardTab", u"Kunci layar setelah &menganggur", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("StandardTab", u" menit", None))
        self.autoPrintCheck.setText(QCoreApplication.translate("StandardTab", u"Cetak bukti konsultasi &otomatis setelah pencatatan", None))
        self.retentionLabel.setText(QCoreApplication.translate("StandardTab", u"Masa simpan data p&ribadi", None))
        self.retentionSpin.setSuffix(QCoreApplication.translate("StandardTab", u" tahun", None))
        self.retentionNote.setText(QCoreApplication.translate("StandardTab", u"Sesudah masa ini data pribadi stakeholder dihapus atau dianonimkan (UU 27/2022); statistik tetap ada.", None))
        self.standardSavedLabel.setText("")
        self.saveStandardButton.setText(QCoreApplication.translate("StandardTab", u"&Simpan pengaturan", None))
        pass
    # retranslateUi

