# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QListWidget, QMenu, QMenuBar,
    QPushButton, QSizePolicy, QStackedWidget, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 720)
        self.actionNew = QAction(MainWindow)
        self.actionNew.setObjectName(u"actionNew")
        self.actionSearch = QAction(MainWindow)
        self.actionSearch.setObjectName(u"actionSearch")
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
        self.actionLogout = QAction(MainWindow)
        self.actionLogout.setObjectName(u"actionLogout")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QHBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.central)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(210, 0))
        self.navList.setMaximumSize(QSize(240, 16777215))

        self.centralLayout.addWidget(self.navList)

        self.mainColumn = QVBoxLayout()
        self.mainColumn.setSpacing(0)
        self.mainColumn.setObjectName(u"mainColumn")
        self.connectionBanner = QFrame(self.central)
        self.connectionBanner.setObjectName(u"connectionBanner")
        self.connectionBanner.setStyleSheet(u"QFrame#connectionBanner { background: #fdecea; border-bottom: 1px solid #e0a8a3; } QLabel { color: #8a1c12; }")
        self.connectionLayout = QHBoxLayout(self.connectionBanner)
        self.connectionLayout.setObjectName(u"connectionLayout")
        self.connectionLayout.setContentsMargins(12, 6, 12, 6)
        self.connectionLabel = QLabel(self.connectionBanner)
        self.connectionLabel.setObjectName(u"connectionLabel")
        self.connectionLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.connectionLabel.sizePolicy().hasHeightForWidth())
        self.connectionLabel.setSizePolicy(sizePolicy)

        self.connectionLayout.addWidget(self.connectionLabel)

        self.reconnectButton = QPushButton(self.connectionBanner)
        self.reconnectButton.setObjectName(u"reconnectButton")

        self.connectionLayout.addWidget(self.reconnectButton)


        self.mainColumn.addWidget(self.connectionBanner)

        self.noticeBanner = QFrame(self.central)
        self.noticeBanner.setObjectName(u"noticeBanner")
        self.noticeBanner.setStyleSheet(u"QFrame#noticeBanner { background: #fff4d6; border-bottom: 1px solid #e3c777; } QLabel { color: #5c3d00; }")
        self.noticeLayout = QHBoxLayout(self.noticeBanner)
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.noticeLayout.setContentsMargins(12, 6, 12, 6)
        self.noticeLabel = QLabel(self.noticeBanner)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.noticeLabel.sizePolicy().hasHeightForWidth())
        self.noticeLabel.setSizePolicy(sizePolicy)

        self.noticeLayout.addWidget(self.noticeLabel)

        self.noticeOpenButton = QPushButton(self.noticeBanner)
        self.noticeOpenButton.setObjectName(u"noticeOpenButton")

        self.noticeLayout.addWidget(self.noticeOpenButton)

        self.noticeCloseButton = QPushButton(self.noticeBanner)
        self.noticeCloseButton.setObjectName(u"noticeCloseButton")

        self.noticeLayout.addWidget(self.noticeCloseButton)


        self.mainColumn.addWidget(self.noticeBanner)

        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")

        self.mainColumn.addWidget(self.pages)


        self.centralLayout.addLayout(self.mainColumn)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuConsultation = QMenu(self.menubar)
        self.menuConsultation.setObjectName(u"menuConsultation")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuConsultation.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionLock)
        self.menuFile.addAction(self.actionLogout)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuConsultation.addAction(self.actionNew)
        self.menuConsultation.addAction(self.actionSearch)
        self.menuConsultation.addAction(self.actionRefresh)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"KPPN Desktop", None))
        self.actionNew.setText(QCoreApplication.translate("MainWindow", u"Konsultasi &baru", None))
#if QT_CONFIG(shortcut)
        self.actionNew.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionSearch.setText(QCoreApplication.translate("MainWindow", u"&Cari konsultasi", None))
#if QT_CONFIG(shortcut)
        self.actionSearch.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Muat ulang", None))
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&Kunci layar", None))
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionLogout.setText(QCoreApplication.translate("MainWindow", u"&Keluar akun", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Tutup aplikasi", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Tentang KPPN Desktop", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Menu utama", None))
#endif // QT_CONFIG(accessibility)
        self.reconnectButton.setText(QCoreApplication.translate("MainWindow", u"Coba sambung lagi", None))
        self.noticeOpenButton.setText(QCoreApplication.translate("MainWindow", u"Lihat", None))
        self.noticeCloseButton.setText(QCoreApplication.translate("MainWindow", u"Tutup", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&Berkas", None))
        self.menuConsultation.setTitle(QCoreApplication.translate("MainWindow", u"&Konsultasi", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"Ban&tuan", None))
    # retranslateUi

