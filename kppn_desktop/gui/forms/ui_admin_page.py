# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QLabel, QTabWidget, QVBoxLayout, QWidget)

class Ui_AdminPage(object):
    def setupUi(self, AdminPage):
        if not AdminPage.objectName():
            AdminPage.setObjectName(u"AdminPage")
        AdminPage.resize(1200, 700)
        self.layout = QVBoxLayout(AdminPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(AdminPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.layout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(AdminPage)
        self.tabs.setObjectName(u"tabs")
        self.usersTab = QWidget()
        self.usersTab.setObjectName(u"usersTab")
        self.usersTabLayout = QVBoxLayout(self.usersTab)
        self.usersTabLayout.setObjectName(u"usersTabLayout")
        self.usersTabLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.usersTab, "")
        self.catalogTab = QWidget()
        self.catalogTab.setObjectName(u"catalogTab")
        self.catalogTabLayout = QVBoxLayout(self.catalogTab)
        self.catalogTabLayout.setObjectName(u"catalogTabLayout")
        self.catalogTabLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.catalogTab, "")
        self.calendarTab = QWidget()
        self.calendarTab.setObjectName(u"calendarTab")
        self.calendarTabLayout = QVBoxLayout(self.calendarTab)
        self.calendarTabLayout.setObjectName(u"calendarTabLayout")
        self.calendarTabLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.calendarTab, "")
        self.standardTab = QWidget()
        self.standardTab.setObjectName(u"standardTab")
        self.standardTabLayout = QVBoxLayout(self.standardTab)
        self.standardTabLayout.setObjectName(u"standardTabLayout")
        self.standardTabLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.standardTab, "")
        self.profileTab = QWidget()
        self.profileTab.setObjectName(u"profileTab")
        self.profileTabLayout = QVBoxLayout(self.profileTab)
        self.profileTabLayout.setObjectName(u"profileTabLayout")
        self.profileTabLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.profileTab, "")
        self.privacyTab = QWidget()
        self.privacyTab.setObjectName(u"privacyTab")
        self.privacyTabLayout = QVBoxLayout(self.privacyTab)
        self.privacyTabLayout.setObjectName(u"privacyTabLayout")
        self.privacyTabLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.privacyTab, "")

        self.layout.addWidget(self.tabs)

        self.layout.setStretch(1, 1)

        self.retranslateUi(AdminPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AdminPage)
    # setupUi

    def retranslateUi(self, AdminPage):
        AdminPage.setWindowTitle(QCoreApplication.translate("AdminPage", u"Administrasi", None))
        self.titleLabel.setText(QCoreApplication.translate("AdminPage", u"Administrasi", None))
        self.tabs.setTabText(self.tabs.indexOf(self.usersTab), QCoreApplication.translate("AdminPage", u"&Pengguna", None))
        self.tabs.setTabText(self.tabs.indexOf(self.catalogTab), QCoreApplication.translate("AdminPage", u"&Seksi && kategori", None))
        self.tabs.setTabText(self.tabs.indexOf(self.calendarTab), QCoreApplication.translate("AdminPage", u"&Jam layanan && hari libur", None))
        self.tabs.setTabText(self.tabs.indexOf(self.standardTab), QCoreApplication.translate("AdminPage", u"S&tandar layanan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.profileTab), QCoreApplication.translate("AdminPage", u"P&rofil kantor", None))
        self.tabs.setTabText(self.tabs.indexOf(self.privacyTab), QCoreApplication.translate("AdminPage", u"&Data pribadi", None))
    # retranslateUi

