# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_IntakePage(object):
    def setupUi(self, IntakePage):
        if not IntakePage.objectName():
            IntakePage.setObjectName(u"IntakePage")
        IntakePage.resize(1150, 680)
        self.pageLayout = QVBoxLayout(IntakePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(IntakePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.startedLabel = QLabel(IntakePage)
        self.startedLabel.setObjectName(u"startedLabel")
        self.startedLabel.setStyleSheet(u"color: #555;")

        self.headerLayout.addWidget(self.startedLabel)


        self.pageLayout.addLayout(self.headerLayout)

        self.stack = QStackedWidget(IntakePage)
        self.stack.setObjectName(u"stack")
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.formPageLayout = QVBoxLayout(self.formPage)
        self.formPageLayout.setObjectName(u"formPageLayout")
        self.formPageLayout.setContentsMargins(0, 0, 0, 0)
        self.formScroll = QScrollArea(self.formPage)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formScroll.setWidgetResizable(True)
        self.formContents = QWidget()
        self.formContents.setObjectName(u"formContents")
        self.columns = QHBoxLayout(self.formContents)
        self.columns.setObjectName(u"columns")
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.channelGroup = QGroupBox(self.formContents)
        self.channelGroup.setObjectName(u"channelGroup")
        self.channelForm = QFormLayout(self.channelGroup)
        self.channelForm.setObjectName(u"channelForm")
        self.channelForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.channelLabel = QLabel(self.channelGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.channelForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelBox = QVBoxLayout()
        self.channelBox.setSpacing(2)
        self.channelBox.setObjectName(u"channelBox")
        self.channelCombo = QComboBox(self.channelGroup)
        self.channelCombo.setObjectName(u"channelCombo")
        self.channelCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.channelCombo.setMinimumContentsLength(20)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.channelCombo.sizePolicy().hasHeightForWidth())
        self.channelCombo.setSizePolicy(sizePolicy)

        self.channelBox.addWidget(self.channelCombo)

        self.channelError = QLabel(self.channelGroup)
        self.channelError.setObjectName(u"channelError")

        self.channelBox.addWidget(self.channelError)


        self.channelForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.channelBox)

        self.externalRefLabel = QLabel(self.channelGroup)
        self.externalRefLabel.setObjectName(u"externalRefLabel")

        self.channelForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.externalRefLabel)

        self.externalRefBox = QVBoxLayout()
        self.externalRefBox.setSpacing(2)
        self.externalRefBox.setObjectName(u"externalRefBox")
        self.externalRefEdit = QLineEdit(self.channelGroup)
        self.externalRefEdit.setObjectName(u"externalRefEdit")

        self.externalRefBox.addWidget(self.externalRefEdit)

        self.externalRefError = QLabel(self.channelGroup)
        self.externalRefError.setObjectName(u"externalRefError")

        self.externalRefBox.addWidget(self.externalRefError)


        self.channelForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.externalRefBox)

        self.receivedLabel = QLabel(self.channelGroup)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.channelForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedBox = QVBoxLayout()
        self.receivedBox.setSpacing(2)
        self.receivedBox.setObjectName(u"receivedBox")
        self.receivedRow = QHBoxLayout()
        self.receivedRow.setObjectName(u"receivedRow")
        self.receivedEdit = QDateTimeEdit(self.channelGroup)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setCalendarPopup(True)

        self.receivedRow.addWidget(self.receivedEdit)

        self.receivedZoneLabel = QLabel(self.channelGroup)
        self.receivedZoneLabel.setObjectName(u"receivedZoneLabel")

        self.receivedRow.addWidget(self.receivedZoneLabel)

        self.receivedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receivedRow.addItem(self.receivedSpacer)


        self.receivedBox.addLayout(self.receivedRow)

        self.receivedError = QLabel(self.channelGroup)
        self.receivedError.setObjectName(u"receivedError")

        self.receivedBox.addWidget(self.receivedError)


        self.channelForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.receivedBox)


        self.leftColumn.addWidget(self.channelGroup)

        self.stakeholderGroup = QGroupBox(self.formContents)
        self.stakeholderGroup.setObjectName(u"stakeholderGroup")
        self.stakeholderLayout = QVBoxLayout(self.stakeholderGroup)
        self.stakeholderLayout.setObjectName(u"stakeholderLayout")
        self.searchForm = QFormLayout()
        self.searchForm.setObjectName(u"searchForm")
        self.searchForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.searchLabel = QLabel(self.stakeholderGroup)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.searchLabel)

        self.searchBox = QVBoxLayout()
        self.searchBox.setSpacing(2)
        self.searchBox.setObjectName(u"searchBox")
        self.searchEdit = QLineEdit(self.stakeholderGroup)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchBox.addWidget(self.searchEdit)

        self.stakeholderError = QLabel(self.stakeholderGroup)
        self.stakeholderError.setObjectName(u"stakeholderError")

        self.searchBox.addWidget(self.stakeholderError)

        self.searchStatusLabel = QLabel(self.stakeholderGroup)
        self.searchStatusLabel.setObjectName(u"searchStatusLabel")
        self.searchStatusLabel.setStyleSheet(u"color: #555;")
        self.searchStatusLabel.setWordWrap(True)

        self.searchBox.addWidget(self.searchStatusLabel)


        self.searchForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.searchBox)


        self.stakeholderLayout.addLayout(self.searchForm)

        self.resultsList = QListWidget(self.stakeholderGroup)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setMaximumSize(QSize(16777215, 130))

        self.stakeholderLayout.addWidget(self.resultsList)

        self.pickedFrame = QFrame(self.stakeholderGroup)
        self.pickedFrame.setObjectName(u"pickedFrame")
        self.pickedFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.pickedFrame.setStyleSheet(u"QFrame#pickedFrame { background: #e8f2ea; border: 1px solid #9cc5a5; border-radius: 4px; }")
        self.pickedLayout = QHBoxLayout(self.pickedFrame)
        self.pickedLayout.setObjectName(u"pickedLayout")
        self.pickedLabel = QLabel(self.pickedFrame)
        self.pickedLabel.setObjectName(u"pickedLabel")
        self.pickedLabel.setWordWrap(True)
        self.pickedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pickedLayout.addWidget(self.pickedLabel)

        self.clearPickButton = QPushButton(self.pickedFrame)
        self.clearPickButton.setObjectName(u"clearPickButton")

        self.pickedLayout.addWidget(self.clearPickButton)

        self.pickedLayout.setStretch(0, 1)

        self.stakeholderLayout.addWidget(self.pickedFrame)

        self.newStakeholderGroup = QGroupBox(self.stakeholderGroup)
        self.newStakeholderGroup.setObjectName(u"newStakeholderGroup")
        self.newStakeholderGrid = QGridLayout(self.newStakeholderGroup)
        self.newStakeholderGrid.setObjectName(u"newStakeholderGrid")
        self.nameLabel = QLabel(self.newStakeholderGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.newStakeholderGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.nameEdit = QLineEdit(self.newStakeholderGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(self.newStakeholderGroup)
        self.nameError.setObjectName(u"nameError")

        self.nameBox.addWidget(self.nameError)


        self.newStakeholderGrid.addLayout(self.nameBox, 0, 1, 1, 3)

        self.kindLabel = QLabel(self.newStakeholderGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.newStakeholderGrid.addWidget(self.kindLabel, 1, 0, 1, 1)

        self.kindBox = QVBoxLayout()
        self.kindBox.setSpacing(2)
        self.kindBox.setObjectName(u"kindBox")
        self.kindCombo = QComboBox(self.newStakeholderGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindBox.addWidget(self.kindCombo)

        self.kindError = QLabel(self.newStakeholderGroup)
        self.kindError.setObjectName(u"kindError")

        self.kindBox.addWidget(self.kindError)


        self.newStakeholderGrid.addLayout(self.kindBox, 1, 1, 1, 1)

        self.roleLabel = QLabel(self.newStakeholderGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.newStakeholderGrid.addWidget(self.roleLabel, 1, 2, 1, 1)

        self.roleBox = QVBoxLayout()
        self.roleBox.setSpacing(2)
        self.roleBox.setObjectName(u"roleBox")
        self.roleCombo = QComboBox(self.newStakeholderGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.roleBox.addWidget(self.roleCombo)

        self.roleError = QLabel(self.newStakeholderGroup)
        self.roleError.setObjectName(u"roleError")

        self.roleBox.addWidget(self.roleError)


        self.newStakeholderGrid.addLayout(self.roleBox, 1, 3, 1, 1)

        self.kodeSatkerLabel = QLabel(self.newStakeholderGroup)
        self.kodeSatkerLabel.setObjectName(u"kodeSatkerLabel")

        self.newStakeholderGrid.addWidget(self.kodeSatkerLabel, 2, 0, 1, 1)

        self.kodeSatkerBox = QVBoxLayout()
        self.kodeSatkerBox.setSpacing(2)
        self.kodeSatkerBox.setObjectName(u"kodeSatkerBox")
        self.kodeSatkerEdit = QLineEdit(self.newStakeholderGroup)
        self.kodeSatkerEdit.setObjectName(u"kodeSatkerEdit")

        self.kodeSatkerBox.addWidget(self.kodeSatkerEdit)

        self.kodeSatkerError = QLabel(self.newStakeholderGroup)
        self.kodeSatkerError.setObjectName(u"kodeSatkerError")

        self.kodeSatkerBox.addWidget(self.kodeSatkerError)


        self.newStakeholderGrid.addLayout(self.kodeSatkerBox, 2, 1, 1, 1)

        self.kodeBaLabel = QLabel(self.newStakeholderGroup)
        self.kodeBaLabel.setObjectName(u"kodeBaLabel")

        self.newStakeholderGrid.addWidget(self.kodeBaLabel, 2, 2, 1, 1)

        self.kodeBaBox = QVBoxLayout()
        self.kodeBaBox.setSpacing(2)
        self.kodeBaBox.setObjectName(u"kodeBaBox")
        self.kodeBaEdit = QLineEdit(self.newStakeholderGroup)
        self.kodeBaEdit.setObjectName(u"kodeBaEdit")

        self.kodeBaBox.addWidget(self.kodeBaEdit)

        self.kodeBaError = QLabel(self.newStakeholderGroup)
        self.kodeBaError.setObjectName(u"kodeBaError")

        self.kodeBaBox.addWidget(self.kodeBaError)


        self.newStakeholderGrid.addLayout(self.kodeBaBox, 2, 3, 1, 1)

        self.satkerNameLabel = QLabel(self.newStakeholderGroup)
        self.satkerNameLabel.setObjectName(u"satkerNameLabel")

        self.newStakeholderGrid.addWidget(self.satkerNameLabel, 3, 0, 1, 1)

        self.satkerNameBox = QVBoxLayout()
        self.satkerNameBox.setSpacing(2)
        self.satkerNameBox.setObjectName(u"satkerNameBox")
        self.satkerNameEdit = QLineEdit(self.newStakeholderGroup)
        self.satkerNameEdit.setObjectName(u"satkerNameEdit")

        self.satkerNameBox.addWidget(self.satkerNameEdit)

        self.satkerNameError = QLabel(self.newStakeholderGroup)
        self.satkerNameError.setObjectName(u"satkerNameError")

        self.satkerNameBox.addWidget(self.satkerNameError)


        self.newStakeholderGrid.addLayout(self.satkerNameBox, 3, 1, 1, 3)

        self.nipLabel = QLabel(self.newStakeholderGroup)
        self.nipLabel.setObjectName(u"nipLabel")

        self.newStakeholderGrid.addWidget(self.nipLabel, 4, 0, 1, 1)

        self.nipBox = QVBoxLayout()
        self.nipBox.setSpacing(2)
        self.nipBox.setObjectName(u"nipBox")
        self.nipEdit = QLineEdit(self.newStakeholderGroup)
        self.nipEdit.setObjectName(u"nipEdit")

        self.nipBox.addWidget(self.nipEdit)

        self.nipError = QLabel(self.newStakeholderGroup)
        self.nipError.setObjectName(u"nipError")

        self.nipBox.addWidget(self.nipError)


        self.newStakeholderGrid.addLayout(self.nipBox, 4, 1, 1, 1)

        self.phoneLabel = QLabel(self.newStakeholderGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.newStakeholderGrid.addWidget(self.phoneLabel, 4, 2, 1, 1)

        self.phoneBox = QVBoxLayout()
        self.phoneBox.setSpacing(2)
        self.phoneBox.setObjectName(u"phoneBox")
        self.phoneEdit = QLineEdit(self.newStakeholderGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.phoneBox.addWidget(self.phoneEdit)

        self.phoneError = QLabel(self.newStakeholderGroup)
        self.phoneError.setObjectName(u"phoneError")

        self.phoneBox.addWidget(self.phoneError)


        self.newStakeholderGrid.addLayout(self.phoneBox, 4, 3, 1, 1)

        self.emailLabel = QLabel(self.newStakeholderGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.newStakeholderGrid.addWidget(self.emailLabel, 5, 0, 1, 1)

        self.emailBox = QVBoxLayout()
        self.emailBox.setSpacing(2)
        self.emailBox.setObjectName(u"emailBox")
        self.emailEdit = QLineEdit(self.newStakeholderGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.emailBox.addWidget(self.emailEdit)

        self.emailError = QLabel(self.newStakeholderGroup)
        self.emailError.setObjectName(u"emailError")

        self.emailBox.addWidget(self.emailError)


        self.newStakeholderGrid.addLayout(self.emailBox, 5, 1, 1, 3)

        self.newStakeholderGrid.setColumnStretch(1, 1)
        self.newStakeholderGrid.setColumnStretch(3, 1)

        self.stakeholderLayout.addWidget(self.newStakeholderGroup)


        self.leftColumn.addWidget(self.stakeholderGroup)

        self.documentsGroup = QGroupBox(self.formContents)
        self.documentsGroup.setObjectName(u"documentsGroup")
        self.documentsLayout = QVBoxLayout(self.documentsGroup)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsHint = QLabel(self.documentsGroup)
        self.documentsHint.setObjectName(u"documentsHint")
        self.documentsHint.setStyleSheet(u"color: #555;")
        self.documentsHint.setWordWrap(True)

        self.documentsLayout.addWidget(self.documentsHint)

        self.documentsTargetRow = QHBoxLayout()
        self.documentsTargetRow.setObjectName(u"documentsTargetRow")
        self.documentsTargetLabel = QLabel(self.documentsGroup)
        self.documentsTargetLabel.setObjectName(u"documentsTargetLabel")

        self.documentsTargetRow.addWidget(self.documentsTargetLabel)

        self.documentsTargetCombo = QComboBox(self.documentsGroup)
        self.documentsTargetCombo.setObjectName(u"documentsTargetCombo")

        self.documentsTargetRow.addWidget(self.documentsTargetCombo)

        self.documentsTargetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentsTargetRow.addItem(self.documentsTargetSpacer)


        self.documentsLayout.addLayout(self.documentsTargetRow)

        self.filesList = QListWidget(self.documentsGroup)
        self.filesList.setObjectName(u"filesList")
        self.filesList.setMaximumSize(QSize(16777215, 90))

        self.documentsLayout.addWidget(self.filesList)

        self.filesError = QLabel(self.documentsGroup)
        self.filesError.setObjectName(u"filesError")

        self.documentsLayout.addWidget(self.filesError)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.addFileButton = QPushButton(self.documentsGroup)
        self.addFileButton.setObjectName(u"addFileButton")

        self.fileButtons.addWidget(self.addFileButton)

        self.removeFileButton = QPushButton(self.documentsGroup)
        self.removeFileButton.setObjectName(u"removeFileButton")

        self.fileButtons.addWidget(self.removeFileButton)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.fileSpacer)


        self.documentsLayout.addLayout(self.fileButtons)

        self.requestDocsForm = QFormLayout()
        self.requestDocsForm.setObjectName(u"requestDocsForm")
        self.requestDocsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.requestDocsLabel = QLabel(self.documentsGroup)
        self.requestDocsLabel.setObjectName(u"requestDocsLabel")

        self.requestDocsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requestDocsLabel)

        self.requestDocsBox = QVBoxLayout()
        self.requestDocsBox.setSpacing(2)
        self.requestDocsBox.setObjectName(u"requestDocsBox")
        self.requestDocsEdit = QLineEdit(self.documentsGroup)
        self.requestDocsEdit.setObjectName(u"requestDocsEdit")

        self.requestDocsBox.addWidget(self.requestDocsEdit)

        self.requestDocsError = QLabel(self.documentsGroup)
        self.requestDocsError.setObjectName(u"requestDocsError")

        self.requestDocsBox.addWidget(self.requestDocsError)


        self.requestDocsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.requestDocsBox)


        self.documentsLayout.addLayout(self.requestDocsForm)


        self.leftColumn.addWidget(self.documentsGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)

        self.leftColumn.setStretch(3, 1)

        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.questionsGroup = QGroupBox(self.formContents)
        self.questionsGroup.setObjectName(u"questionsGroup")
        self.questionsLayout = QVBoxLayout(self.questionsGroup)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.questionRows = QVBoxLayout()
        self.questionRows.setObjectName(u"questionRows")

        self.questionsLayout.addLayout(self.questionRows)

        self.questionsError = QLabel(self.questionsGroup)
        self.questionsError.setObjectName(u"questionsError")

        self.questionsLayout.addWidget(self.questionsError)

        self.questionButtons = QHBoxLayout()
        self.questionButtons.setObjectName(u"questionButtons")
        self.addQuestionButton = QPushButton(self.questionsGroup)
        self.addQuestionButton.setObjectName(u"addQuestionButton")

        self.questionButtons.addWidget(self.addQuestionButton)

        self.questionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.questionButtons.addItem(self.questionSpacer)

        self.standardLabel = QLabel(self.questionsGroup)
        self.standardLabel.setObjectName(u"standardLabel")
        self.standardLabel.setStyleSheet(u"color: #555;")

        self.questionButtons.addWidget(self.standardLabel)


        self.questionsLayout.addLayout(self.questionButtons)


        self.rightColumn.addWidget(self.questionsGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)

        self.rightColumn.setStretch(1, 1)

        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)
        self.formScroll.setWidget(self.formContents)

        self.formPageLayout.addWidget(self.formScroll)

        self.saveBar = QHBoxLayout()
        self.saveBar.setObjectName(u"saveBar")
        self.generalError = QLabel(self.formPage)
        self.generalError.setObjectName(u"generalError")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.generalError.sizePolicy().hasHeightForWidth())
        self.generalError.setSizePolicy(sizePolicy1)

        self.saveBar.addWidget(self.generalError)

        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveBar.addItem(self.saveSpacer)

        self.savingLabel = QLabel(self.formPage)
        self.savingLabel.setObjectName(u"savingLabel")
        self.savingLabel.setStyleSheet(u"color: #555;")

        self.saveBar.addWidget(self.savingLabel)

        self.saveButton = QPushButton(self.formPage)
        self.saveButton.setObjectName(u"saveButton")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.saveButton.sizePolicy().hasHeightForWidth())
        self.saveButton.setSizePolicy(sizePolicy2)
        self.saveButton.setMinimumSize(QSize(180, 32))
        self.saveButton.setStyleSheet(u"font-weight: 600;")

        self.saveBar.addWidget(self.saveButton)

        self.saveBar.setStretch(0, 1)

        self.formPageLayout.addLayout(self.saveBar)

        self.stack.addWidget(self.formPage)
        self.successPage = QWidget()
        self.successPage.setObjectName(u"successPage")
        self.successPageLayout = QVBoxLayout(self.successPage)
        self.successPageLayout.setObjectName(u"successPageLayout")
        self.successGroup = QGroupBox(self.successPage)
        self.successGroup.setObjectName(u"successGroup")
        self.successLayout = QVBoxLayout(self.successGroup)
        self.successLayout.setObjectName(u"successLayout")
        self.successTitle = QLabel(self.successGroup)
        self.successTitle.setObjectName(u"successTitle")
        self.successTitle.setStyleSheet(u"font-size: 14pt; font-weight: 600; color: #1b5e20;")

        self.successLayout.addWidget(self.successTitle)

        self.successDetails = QLabel(self.successGroup)
        self.successDetails.setObjectName(u"successDetails")
        self.successDetails.setWordWrap(True)
        self.successDetails.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.successLayout.addWidget(self.successDetails)

        self.numbersLabel = QLabel(self.successGroup)
        self.numbersLabel.setObjectName(u"numbersLabel")

        self.successLayout.addWidget(self.numbersLabel)

        self.numbersList = QListWidget(self.successGroup)
        self.numbersList.setObjectName(u"numbersList")
        self.numbersList.setMaximumSize(QSize(16777215, 170))
        self.numbersList.setStyleSheet(u"font-size: 12pt;")

        self.successLayout.addWidget(self.numbersList)

        self.successWarning = QLabel(self.successGroup)
        self.successWarning.setObjectName(u"successWarning")
        self.successWarning.setWordWrap(True)
        self.successWarning.setStyleSheet(u"color: #8a5300;")

        self.successLayout.addWidget(self.successWarning)

        self.successButtons = QHBoxLayout()
        self.successButtons.setObjectName(u"successButtons")
        self.openButton = QPushButton(self.successGroup)
        self.openButton.setObjectName(u"openButton")

        self.successButtons.addWidget(self.openButton)

        self.newButton = QPushButton(self.successGroup)
        self.newButton.setObjectName(u"newButton")

        self.successButtons.addWidget(self.newButton)

        self.successSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.successButtons.addItem(self.successSpacer)


        self.successLayout.addLayout(self.successButtons)


        self.successPageLayout.addWidget(self.successGroup)

        self.successBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.successPageLayout.addItem(self.successBottomSpacer)

        self.stack.addWidget(self.successPage)

        self.pageLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.channelLabel.setBuddy(self.channelCombo)
        self.externalRefLabel.setBuddy(self.externalRefEdit)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.searchLabel.setBuddy(self.searchEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.kodeSatkerLabel.setBuddy(self.kodeSatkerEdit)
        self.kodeBaLabel.setBuddy(self.kodeBaEdit)
        self.satkerNameLabel.setBuddy(self.satkerNameEdit)
        self.nipLabel.setBuddy(self.nipEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.documentsTargetLabel.setBuddy(self.documentsTargetCombo)
        self.requestDocsLabel.setBuddy(self.requestDocsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.channelCombo, self.externalRefEdit)
        QWidget.setTabOrder(self.externalRefEdit, self.receivedEdit)
        QWidget.setTabOrder(self.receivedEdit, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.resultsList)
        QWidget.setTabOrder(self.resultsList, self.clearPickButton)
        QWidget.setTabOrder(self.clearPickButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.kodeSatkerEdit)
        QWidget.setTabOrder(self.kodeSatkerEdit, self.kodeBaEdit)
        QWidget.setTabOrder(self.kodeBaEdit, self.satkerNameEdit)
        QWidget.setTabOrder(self.satkerNameEdit, self.nipEdit)
        QWidget.setTabOrder(self.nipEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.addQuestionButton)
        QWidget.setTabOrder(self.addQuestionButton, self.documentsTargetCombo)
        QWidget.setTabOrder(self.documentsTargetCombo, self.filesList)
        QWidget.setTabOrder(self.filesList, self.addFileButton)
        QWidget.setTabOrder(self.addFileButton, self.removeFileButton)
        QWidget.setTabOrder(self.removeFileButton, self.requestDocsEdit)
        QWidget.setTabOrder(self.requestDocsEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.newButton)

        self.retranslateUi(IntakePage)

        self.stack.setCurrentIndex(0)
        self.saveButton.setDefault(False)
        self.openButton.setDefault(True)


        QMetaObject.connectSlotsByName(IntakePage)
    # setupUi

    def retranslateUi(self, IntakePage):
        IntakePage.setWindowTitle(QCoreApplication.translate("IntakePage", u"Konsultasi baru", None))
        self.titleLabel.setText(QCoreApplication.translate("IntakePage", u"Konsultasi baru", None))
        self.startedLabel.setText("")
        self.channelGroup.setTitle(QCoreApplication.translate("IntakePage", u"Kanal dan waktu", None))
        self.channelLabel.setText(QCoreApplication.translate("IntakePage", u"K&anal", None))
        self.externalRefLabel.setText(QCoreApplication.translate("IntakePage", u"N&omor tiket/referensi", None))
        self.receivedLabel.setText(QCoreApplication.translate("IntakePage", u"&Waktu diterima", None))
        self.receivedEdit.setDisplayFormat(QCoreApplication.translate("IntakePage", u"dd/MM/yyyy HH:mm", None))
        self.receivedZoneLabel.setText(QCoreApplication.translate("IntakePage", u"WITA", None))
        self.stakeholderGroup.setTitle(QCoreApplication.translate("IntakePage", u"Stakeholder", None))
        self.searchLabel.setText(QCoreApplication.translate("IntakePage", u"&Cari stakeholder", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"Kode satker, nama, NIP, atau nomor telepon", None))
        self.searchStatusLabel.setText(QCoreApplication.translate("IntakePage", u"Ketik sedikitnya 2 huruf atau angka; stakeholder baru diisi di bawah.", None))
#if QT_CONFIG(accessibility)
        self.resultsList.setAccessibleName(QCoreApplication.translate("IntakePage", u"Hasil pencarian stakeholder", None))
#endif // QT_CONFIG(accessibility)
        self.clearPickButton.setText(QCoreApplication.translate("IntakePage", u"&Lepas pilihan", None))
#if QT_CONFIG(tooltip)
        self.clearPickButton.setToolTip(QCoreApplication.translate("IntakePage", u"Batalkan pilihan dan isi stakeholder baru", None))
#endif // QT_CONFIG(tooltip)
        self.newStakeholderGroup.setTitle(QCoreApplication.translate("IntakePage", u"Stakeholder baru", None))
        self.nameLabel.setText(QCoreApplication.translate("IntakePage", u"&Nama", None))
        self.kindLabel.setText(QCoreApplication.translate("IntakePage", u"&Jenis", None))
        self.roleLabel.setText(QCoreApplication.translate("IntakePage", u"P&eran", None))
        self.kodeSatkerLabel.setText(QCoreApplication.translate("IntakePage", u"Kode &satker", None))
        self.kodeSatkerEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"6 digit, mis. 999062", None))
        self.kodeBaLabel.setText(QCoreApplication.translate("IntakePage", u"Ko&de BA", None))
        self.kodeBaEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"3 digit, mis. 015", None))
        self.satkerNameLabel.setText(QCoreApplication.translate("IntakePage", u"Nama satke&r", None))
        self.nipLabel.setText(QCoreApplication.translate("IntakePage", u"N&IP", None))
        self.nipEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"18 digit (NIP atau NI PPPK)", None))
        self.phoneLabel.setText(QCoreApplication.translate("IntakePage", u"Tele&pon", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"0812\u2026", None))
        self.emailLabel.setText(QCoreApplication.translate("IntakePage", u"E-&mail", None))
        self.documentsGroup.setTitle(QCoreApplication.translate("IntakePage", u"Dokumen pendukung", None))
        self.documentsHint.setText(QCoreApplication.translate("IntakePage", u"Seret berkas ke halaman ini atau pilih Tambah berkas. Diterima: PDF, JPEG, PNG, Word, Excel. Lampiran disimpan pada pertanyaan yang dipilih.", None))
        self.documentsTargetLabel.setText(QCoreApplication.translate("IntakePage", u"Untuk pertanyaan", None))
#if QT_CONFIG(tooltip)
        self.documentsTargetCombo.setToolTip(QCoreApplication.translate("IntakePage", u"Pertanyaan tempat berkas dan permintaan dokumen disimpan. Pilih berkas di daftar untuk memindahkannya ke pertanyaan lain.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.filesList.setAccessibleName(QCoreApplication.translate("IntakePage", u"Berkas yang akan dilampirkan", None))
#endif // QT_CONFIG(accessibility)
        self.addFileButton.setText(QCoreApplication.translate("IntakePage", u"Tamba&h berkas\u2026", None))
        self.removeFileButton.setText(QCoreApplication.translate("IntakePage", u"Hap&us berkas", None))
        self.requestDocsLabel.setText(QCoreApplication.translate("IntakePage", u"Dokumen yan&g diminta", None))
        self.requestDocsEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"Opsional: dokumen yang harus dilengkapi stakeholder (jam layanan dijeda)", None))
        self.questionsGroup.setTitle(QCoreApplication.translate("IntakePage", u"Pertanyaan", None))
        self.addQuestionButton.setText(QCoreApplication.translate("IntakePage", u"Tambah pertan&yaan", None))
#if QT_CONFIG(tooltip)
        self.addQuestionButton.setToolTip(QCoreApplication.translate("IntakePage", u"Pertanyaan lain dari kunjungan yang sama; masing-masing menjadi konsultasi sendiri", None))
#endif // QT_CONFIG(tooltip)
        self.savingLabel.setText(QCoreApplication.translate("IntakePage", u"Menyimpan\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("IntakePage", u"Simpan (Ctrl+S)", None))
        self.successGroup.setTitle(QCoreApplication.translate("IntakePage", u"Konsultasi tersimpan", None))
        self.successTitle.setText(QCoreApplication.translate("IntakePage", u"Konsultasi berhasil disimpan", None))
        self.numbersLabel.setText(QCoreApplication.translate("IntakePage", u"Nomor konsultasi:", None))
#if QT_CONFIG(accessibility)
        self.numbersList.setAccessibleName(QCoreApplication.translate("IntakePage", u"Nomor konsultasi yang baru", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("IntakePage", u"Buka k&onsultasi", None))
        self.newButton.setText(QCoreApplication.translate("IntakePage", u"Konsultasi ba&ru", None))
    # retranslateUi

