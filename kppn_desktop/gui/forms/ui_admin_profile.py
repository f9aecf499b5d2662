# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_profile.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ProfileTab(object):
    def setupUi(self, ProfileTab):
        if not ProfileTab.objectName():
            ProfileTab.setObjectName(u"ProfileTab")
        ProfileTab.resize(1100, 560)
        self.layout = QVBoxLayout(ProfileTab)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.infoLabel = QLabel(ProfileTab)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setStyleSheet(u"color: #555;")
        self.infoLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.infoLabel.sizePolicy().hasHeightForWidth())
        self.infoLabel.setSizePolicy(sizePolicy)

        self.layout.addWidget(self.infoLabel)

        self.formHolder = QVBoxLayout()
        self.formHolder.setObjectName(u"formHolder")
        self.formHolder.setContentsMargins(0, 0, 0, 0)

        self.layout.addLayout(self.formHolder)

        self.noticeLabel = QLabel(ProfileTab)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setStyleSheet(u"background: #fff4e5; border: 1px solid #e0a040; padding: 6px;")

        self.layout.addWidget(self.noticeLabel)

        self.generalError = QLabel(ProfileTab)
        self.generalError.setObjectName(u"generalError")

        self.layout.addWidget(self.generalError)

        self.profileButtons = QHBoxLayout()
        self.profileButtons.setObjectName(u"profileButtons")
        self.savedLabel = QLabel(ProfileTab)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setStyleSheet(u"color: #555;")

        self.profileButtons.addWidget(self.savedLabel)

        self.profileSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.profileButtons.addItem(self.profileSpacer)

        self.reloadButton = QPushButton(ProfileTab)
        self.reloadButton.setObjectName(u"reloadButton")
        self.reloadButton.setAutoDefault(False)

        self.profileButtons.addWidget(self.reloadButton)

        self.saveButton = QPushButton(ProfileTab)
        self.saveButton.setObjectName(u"saveButton")

        self.profileButtons.addWidget(self.saveButton)


        self.layout.addLayout(self.profileButtons)

        self.profileBottomSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.profileBottomSpacer)

        self.layout.setStretch(5, 1)
        QWidget.setTabOrder(self.reloadButton, self.saveButton)

        self.retranslateUi(ProfileTab)

        QMetaObject.connectSlotsByName(ProfileTab)
    # setupUi

    def retranslateUi(self, ProfileTab):
        self.infoLabel.setText(QCoreApplication.translate("ProfileTab", u"Profil ini tampil di kepala bukti konsultasi, tanda terima dan laporan. Zona waktu menentukan jam kantor untuk semua perhitungan waktu layanan.", None))
        self.noticeLabel.setText("")
        self.savedLabel.setText("")
        self.reloadButton.setText(QCoreApplication.translate("ProfileTab", u"&Muat ulang", None))
        self.saveButton.setText(QCoreApplication.translate("ProfileTab", u"&Simpan profil", None))
        pass
    # retranslateUi

