# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_calendar.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_CalendarTab(object):
    def setupUi(self, CalendarTab):
        if not CalendarTab.objectName():
            CalendarTab.setObjectName(u"CalendarTab")
        CalendarTab.resize(1300, 620)
        self.layout = QVBoxLayout(CalendarTab)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(CalendarTab)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.columns = QHBoxLayout(self.scrollContents)
        self.columns.setObjectName(u"columns")
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.column1 = QVBoxLayout()
        self.column1.setObjectName(u"column1")
        self.column1.setContentsMargins(0, 0, 0, 0)
        self.weeklyGroup = QGroupBox(self.scrollContents)
        self.weeklyGroup.setObjectName(u"weeklyGroup")
        self.weeklyLayout = QVBoxLayout(self.weeklyGroup)
        self.weeklyLayout.setObjectName(u"weeklyLayout")
        self.weeklyHolder = QVBoxLayout()
        self.weeklyHolder.setObjectName(u"weeklyHolder")
        self.weeklyHolder.setContentsMargins(0, 0, 0, 0)

        self.weeklyLayout.addLayout(self.weeklyHolder)

        self.weeklyButtons = QHBoxLayout()
        self.weeklyButtons.setObjectName(u"weeklyButtons")
        self.hoursSavedLabel = QLabel(self.weeklyGroup)
        self.hoursSavedLabel.setObjectName(u"hoursSavedLabel")
        self.hoursSavedLabel.setStyleSheet(u"color: #555;")

        self.weeklyButtons.addWidget(self.hoursSavedLabel)

        self.weeklySpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weeklyButtons.addItem(self.weeklySpacer)

        self.saveHoursButton = QPushButton(self.weeklyGroup)
        self.saveHoursButton.setObjectName(u"saveHoursButton")

        self.weeklyButtons.addWidget(self.saveHoursButton)


        self.weeklyLayout.addLayout(self.weeklyButtons)


        self.column1.addWidget(self.weeklyGroup)

        self.overridesGroup = QGroupBox(self.scrollContents)
        self.overridesGroup.setObjectName(u"overridesGroup")
        self.overridesLayout = QVBoxLayout(self.overridesGroup)
        self.overridesLayout.setObjectName(u"overridesLayout")
        self.overridesView = QTableView(self.overridesGroup)
        self.overridesView.setObjectName(u"overridesView")
        self.overridesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overridesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overridesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overridesView.setAlternatingRowColors(True)
        self.overridesView.setWordWrap(False)
        self.overridesView.horizontalHeader().setStretchLastSection(True)
        self.overridesView.verticalHeader().setVisible(False)

        self.overridesLayout.addWidget(self.overridesView)

        self.overrideButtons = QHBoxLayout()
        self.overrideButtons.setObjectName(u"overrideButtons")
        self.addOverrideButton = QPushButton(self.overridesGroup)
        self.addOverrideButton.setObjectName(u"addOverrideButton")

        self.overrideButtons.addWidget(self.addOverrideButton)

        self.removeOverrideButton = QPushButton(self.overridesGroup)
        self.removeOverrideButton.setObjectName(u"removeOverrideButton")

        self.overrideButtons.addWidget(self.removeOverrideButton)

        self.overrideSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.overrideButtons.addItem(self.overrideSpacer)


        self.overridesLayout.addLayout(self.overrideButtons)

        self.overridesLayout.setStretch(0, 1)

        self.column1.addWidget(self.overridesGroup)

        self.column1.setStretch(1, 1)

        self.columns.addLayout(self.column1)

        self.column2 = QVBoxLayout()
        self.column2.setObjectName(u"column2")
        self.column2.setContentsMargins(0, 0, 0, 0)
        self.closuresGroup = QGroupBox(self.scrollContents)
        self.closuresGroup.setObjectName(u"closuresGroup")
        self.closuresLayout = QVBoxLayout(self.closuresGroup)
        self.closuresLayout.setObjectName(u"closuresLayout")
        self.closuresView = QTableView(self.closuresGroup)
        self.closuresView.setObjectName(u"closuresView")
        self.closuresView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.closuresView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.closuresView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.closuresView.setAlternatingRowColors(True)
        self.closuresView.setWordWrap(False)
        self.closuresView.horizontalHeader().setStretchLastSection(True)
        self.closuresView.verticalHeader().setVisible(False)

        self.closuresLayout.addWidget(self.closuresView)

        self.closureForm = QGridLayout()
        self.closureForm.setObjectName(u"closureForm")
        self.closureForm.setContentsMargins(0, 0, 0, 0)
        self.closureDayLabel = QLabel(self.closuresGroup)
        self.closureDayLabel.setObjectName(u"closureDayLabel")

        self.closureForm.addWidget(self.closureDayLabel, 0, 0, 1, 1)

        self.closureDayEdit = QDateEdit(self.closuresGroup)
        self.closureDayEdit.setObjectName(u"closureDayEdit")
        self.closureDayEdit.setCalendarPopup(True)

        self.closureForm.addWidget(self.closureDayEdit, 0, 1, 1, 1)

        self.closureKindLabel = QLabel(self.closuresGroup)
        self.closureKindLabel.setObjectName(u"closureKindLabel")

        self.closureForm.addWidget(self.closureKindLabel, 0, 2, 1, 1)

        self.closureKindCombo = QComboBox(self.closuresGroup)
        self.closureKindCombo.setObjectName(u"closureKindCombo")
        self.closureKindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.closureKindCombo.setMinimumContentsLength(12)

        self.closureForm.addWidget(self.closureKindCombo, 0, 3, 1, 1)

        self.dayError = QLabel(self.closuresGroup)
        self.dayError.setObjectName(u"dayError")

        self.closureForm.addWidget(self.dayError, 1, 1, 1, 1)

        self.kindError = QLabel(self.closuresGroup)
        self.kindError.setObjectName(u"kindError")

        self.closureForm.addWidget(self.kindError, 1, 3, 1, 1)

        self.closureReasonLabel = QLabel(self.closuresGroup)
        self.closureReasonLabel.setObjectName(u"closureReasonLabel")

        self.closureForm.addWidget(self.closureReasonLabel, 2, 0, 1, 1)

        self.closureReasonEdit = QLineEdit(self.closuresGroup)
        self.closureReasonEdit.setObjectName(u"closureReasonEdit")

        self.closureForm.addWidget(self.closureReasonEdit, 2, 1, 1, 3)

        self.reasonError = QLabel(self.closuresGroup)
        self.reasonError.setObjectName(u"reasonError")

        self.closureForm.addWidget(self.reasonError, 3, 1, 1, 3)

        self.closureForm.setColumnStretch(3, 1)

        self.closuresLayout.addLayout(self.closureForm)

        self.closureButtons = QHBoxLayout()
        self.closureButtons.setObjectName(u"closureButtons")
        self.addClosureButton = QPushButton(self.closuresGroup)
        self.addClosureButton.setObjectName(u"addClosureButton")

        self.closureButtons.addWidget(self.addClosureButton)

        self.removeClosureButton = QPushButton(self.closuresGroup)
        self.removeClosureButton.setObjectName(u"removeClosureButton")

        self.closureButtons.addWidget(self.removeClosureButton)

        self.closureSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closureButtons.addItem(self.closureSpacer)


        self.closuresLayout.addLayout(self.closureButtons)

        self.closuresLayout.setStretch(0, 1)

        self.column2.addWidget(self.closuresGroup)


        self.columns.addLayout(self.column2)

        self.column3 = QVBoxLayout()
        self.column3.setObjectName(u"column3")
        self.column3.setContentsMargins(0, 0, 0, 0)
        self.previewGroup = QGroupBox(self.scrollContents)
        self.previewGroup.setObjectName(u"previewGroup")
        self.previewLayout = QVBoxLayout(self.previewGroup)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewTop = QHBoxLayout()
        self.previewTop.setObjectName(u"previewTop")
        self.yearLabel = QLabel(self.previewGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.previewTop.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(self.previewGroup)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.previewTop.addWidget(self.yearSpin)

        self.weekendsCheck = QCheckBox(self.previewGroup)
        self.weekendsCheck.setObjectName(u"weekendsCheck")
        self.weekendsCheck.setChecked(False)

        self.previewTop.addWidget(self.weekendsCheck)

        self.previewSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewTop.addItem(self.previewSpacer)


        self.previewLayout.addLayout(self.previewTop)

        self.previewView = QTableView(self.previewGroup)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.previewView.setAlternatingRowColors(True)
        self.previewView.setWordWrap(False)
        self.previewView.horizontalHeader().setStretchLastSection(True)
        self.previewView.verticalHeader().setVisible(False)

        self.previewLayout.addWidget(self.previewView)

        self.previewCountLabel = QLabel(self.previewGroup)
        self.previewCountLabel.setObjectName(u"previewCountLabel")
        self.previewCountLabel.setStyleSheet(u"color: #555;")

        self.previewLayout.addWidget(self.previewCountLabel)

        self.previewLayout.setStretch(1, 1)

        self.column3.addWidget(self.previewGroup)


        self.columns.addLayout(self.column3)

        self.columns.setStretch(0, 4)
        self.columns.setStretch(1, 4)
        self.columns.setStretch(2, 5)
        self.scroll.setWidget(self.scrollContents)

        self.layout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.closureDayLabel.setBuddy(self.closureDayEdit)
        self.closureKindLabel.setBuddy(self.closureKindCombo)
        self.closureReasonLabel.setBuddy(self.closureReasonEdit)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.saveHoursButton, self.overridesView)
        QWidget.setTabOrder(self.overridesView, self.addOverrideButton)
        QWidget.setTabOrder(self.addOverrideButton, self.removeOverrideButton)
        QWidget.setTabOrder(self.removeOverrideButton, self.closuresView)
        QWidget.setTabOrder(self.closuresView, self.closureDayEdit)
        QWidget.setTabOrder(self.closureDayEdit, self.closureKindCombo)
        QWidget.setTabOrder(self.closureKindCombo, self.closureReasonEdit)
        QWidget.setTabOrder(self.closureReasonEdit, self.addClosureButton)
        QWidget.setTabOrder(self.addClosureButton, self.removeClosureButton)
        QWidget.setTabOrder(self.removeClosureButton, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.weekendsCheck)
        QWidget.setTabOrder(self.weekendsCheck, self.previewView)

        self.retranslateUi(CalendarTab)

        QMetaObject.connectSlotsByName(CalendarTab)
    # setupUi

    def retranslateUi(self, CalendarTab):
        self.weeklyGroup.setTitle(QCoreApplication.translate("CalendarTab", u"Jam layanan mingguan", None))
        self.hoursSavedLabel.setText("")
        self.saveHoursButton.setText(QCoreApplication.translate("CalendarTab", u"Simpan &jam layanan", None))
        self.overridesGroup.setTitle(QCoreApplication.translate("CalendarTab", u"Jam khusus per rentang (mis. Ramadan)", None))
#if QT_CONFIG(accessibility)
        self.overridesView.setAccessibleName(QCoreApplication.translate("CalendarTab", u"Jam layanan khusus", None))
#endif // QT_CONFIG(accessibility)
        self.addOverrideButton.setText(QCoreApplication.translate("CalendarTab", u"Tambah jam k&husus\u2026", None))
        self.removeOverrideButton.setText(QCoreApplication.translate("CalendarTab", u"Hapus jam khusus", None))
        self.closuresGroup.setTitle(QCoreApplication.translate("CalendarTab", u"Penutupan dan pembukaan khusus", None))
#if QT_CONFIG(accessibility)
        self.closuresView.setAccessibleName(QCoreApplication.translate("CalendarTab", u"Penutupan dan pembukaan khusus", None))
#endif // QT_CONFIG(accessibility)
        self.closureDayLabel.setText(QCoreApplication.translate("CalendarTab", u"Tan&ggal", None))
        self.closureDayEdit.setDisplayFormat(QCoreApplication.translate("CalendarTab", u"dd/MM/yyyy", None))
        self.closureKindLabel.setText(QCoreApplication.translate("CalendarTab", u"Je&nis", None))
        self.closureReasonLabel.setText(QCoreApplication.translate("CalendarTab", u"Ala&san", None))
        self.closureReasonEdit.setPlaceholderText(QCoreApplication.translate("CalendarTab", u"mis. Keputusan Kepala Kantor", None))
        self.addClosureButton.setText(QCoreApplication.translate("CalendarTab", u"Tambah &hari khusus", None))
        self.removeClosureButton.setText(QCoreApplication.translate("CalendarTab", u"Hapus hari khusus", None))
        self.previewGroup.setTitle(QCoreApplication.translate("CalendarTab", u"Hari tidak bekerja", None))
        self.yearLabel.setText(QCoreApplication.translate("CalendarTab", u"T&ahun", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("CalendarTab", u"Tahun", None))
#endif // QT_CONFIG(accessibility)
        self.weekendsCheck.setText(QCoreApplication.translate("CalendarTab", u"Termasuk Sabtu/Minggu", None))
#if QT_CONFIG(accessibility)
        self.previewView.setAccessibleName(QCoreApplication.translate("CalendarTab", u"Hari tidak bekerja", None))
#endif // QT_CONFIG(accessibility)
        self.previewCountLabel.setText("")
        pass
    # retranslateUi

