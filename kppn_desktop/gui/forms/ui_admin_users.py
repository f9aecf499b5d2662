# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_users.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_UsersTab(object):
    def setupUi(self, UsersTab):
        if not UsersTab.objectName():
            UsersTab.setObjectName(u"UsersTab")
        UsersTab.resize(1000, 560)
        self.layout = QVBoxLayout(UsersTab)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.addButton = QPushButton(UsersTab)
        self.addButton.setObjectName(u"addButton")

        self.toolbar.addWidget(self.addButton)

        self.editButton = QPushButton(UsersTab)
        self.editButton.setObjectName(u"editButton")

        self.toolbar.addWidget(self.editButton)

        self.passwordButton = QPushButton(UsersTab)
        self.passwordButton.setObjectName(u"passwordButton")

        self.toolbar.addWidget(self.passwordButton)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.countLabel = QLabel(UsersTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #555;")

        self.toolbar.addWidget(self.countLabel)


        self.layout.addLayout(self.toolbar)

        self.usersView = QTableView(UsersTab)
        self.usersView.setObjectName(u"usersView")
        self.usersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersView.setAlternatingRowColors(True)
        self.usersView.setWordWrap(False)
        self.usersView.horizontalHeader().setStretchLastSection(True)
        self.usersView.verticalHeader().setVisible(False)

        self.layout.addWidget(self.usersView)

        self.layout.setStretch(1, 1)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.passwordButton)
        QWidget.setTabOrder(self.passwordButton, self.usersView)

        self.retranslateUi(UsersTab)

        QMetaObject.connectSlotsByName(UsersTab)
    # setupUi

    def retranslateUi(self, UsersTab):
        self.addButton.setText(QCoreApplication.translate("UsersTab", u"&Tambah pengguna\u2026", None))
        self.editButton.setText(QCoreApplication.translate("UsersTab", u"&Ubah\u2026", None))
        self.passwordButton.setText(QCoreApplication.translate("UsersTab", u"Atur ulang &kata sandi\u2026", None))
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.usersView.setAccessibleName(QCoreApplication.translate("UsersTab", u"Daftar pengguna", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

