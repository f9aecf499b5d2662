# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_week_hours.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QLabel, QTimeEdit, QWidget)

class Ui_WeekHoursEditor(object):
    def setupUi(self, WeekHoursEditor):
        if not WeekHoursEditor.objectName():
            WeekHoursEditor.setObjectName(u"WeekHoursEditor")
        WeekHoursEditor.resize(420, 240)
        self.grid = QGridLayout(WeekHoursEditor)
        self.grid.setObjectName(u"grid")
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.dayHeader = QLabel(WeekHoursEditor)
        self.dayHeader.setObjectName(u"dayHeader")
        self.dayHeader.setStyleSheet(u"font-weight: 600;")

        self.grid.addWidget(self.dayHeader, 0, 0, 1, 1)

        self.openHeader = QLabel(WeekHoursEditor)
        self.openHeader.setObjectName(u"openHeader")
        self.openHeader.setStyleSheet(u"font-weight: 600;")

        self.grid.addWidget(self.openHeader, 0, 1, 1, 1)

        self.closeHeader = QLabel(WeekHoursEditor)
        self.closeHeader.setObjectName(u"closeHeader")
        self.closeHeader.setStyleSheet(u"font-weight: 600;")

        self.grid.addWidget(self.closeHeader, 0, 3, 1, 1)

        self.dayCheck0 = QCheckBox(WeekHoursEditor)
        self.dayCheck0.setObjectName(u"dayCheck0")

        self.grid.addWidget(self.dayCheck0, 1, 0, 1, 1)

        self.openEdit0 = QTimeEdit(WeekHoursEditor)
        self.openEdit0.setObjectName(u"openEdit0")

        self.grid.addWidget(self.openEdit0, 1, 1, 1, 1)

        self.dash0 = QLabel(WeekHoursEditor)
        self.dash0.setObjectName(u"dash0")

        self.grid.addWidget(self.dash0, 1, 2, 1, 1)

        self.closeEdit0 = QTimeEdit(WeekHoursEditor)
        self.closeEdit0.setObjectName(u"closeEdit0")

        self.grid.addWidget(self.closeEdit0, 1, 3, 1, 1)

        self.hours_0Error = QLabel(WeekHoursEditor)
        self.hours_0Error.setObjectName(u"hours_0Error")

        self.grid.addWidget(self.hours_0Error, 1, 4, 1, 1)

        self.dayCheck1 = QCheckBox(WeekHoursEditor)
        self.dayCheck1.setObjectName(u"dayCheck1")

        self.grid.addWidget(self.dayCheck1, 2, 0, 1, 1)

        self.openEdit1 = QTimeEdit(WeekHoursEditor)
        self.openEdit1.setObjectName(u"openEdit1")

        self.grid.addWidget(self.openEdit1, 2, 1, 1, 1)

        self.dash1 = QLabel(WeekHoursEditor)
        self.dash1.setObjectName(u"dash1")

        self.grid.addWidget(self.dash1, 2, 2, 1, 1)

        self.closeEdit1 = QTimeEdit(WeekHoursEditor)
        self.closeEdit1.setObjectName(u"closeEdit1")

        self.grid.addWidget(self.closeEdit1, 2, 3, 1, 1)

        self.hours_1Error = QLabel(WeekHoursEditor)
        self.hours_1Error.setObjectName(u"hours_1Error")

        self.grid.addWidget(self.hours_1Error, 2, 4, 1, 1)

        self.dayCheck2 = QCheckBox(WeekHoursEditor)
        self.dayCheck2.setObjectName(u"dayCheck2")

        self.grid.addWidget(self.dayCheck2, 3, 0, 1, 1)

        self.openEdit2 = QTimeEdit(WeekHoursEditor)
        self.openEdit2.setObjectName(u"openEdit2")

        self.grid.addWidget(self.openEdit2, 3, 1, 1, 1)

        self.dash2 = QLabel(WeekHoursEditor)
        self.dash2.setObjectName(u"dash2")

        self.grid.addWidget(self.dash2, 3, 2, 1, 1)

        self.closeEdit2 = QTimeEdit(WeekHoursEditor)
        self.closeEdit2.setObjectName(u"closeEdit2")

        self.grid.addWidget(self.closeEdit2, 3, 3, 1, 1)

        self.hours_2Error = QLabel(WeekHoursEditor)
        self.hours_2Error.setObjectName(u"hours_2Error")

        self.grid.addWidget(self.hours_2Error, 3, 4, 1, 1)

        self.dayCheck3 = QCheckBox(WeekHoursEditor)
        self.dayCheck3.setObjectName(u"dayCheck3")

        self.grid.addWidget(self.dayCheck3, 4, 0, 1, 1)

        self.openEdit3 = QTimeEdit(WeekHoursEditor)
        self.openEdit3.setObjectName(u"openEdit3")

        self.grid.addWidget(self.openEdit3, 4, 1, 1, 1)

        self.dash3 = QLabel(WeekHoursEditor)
        self.dash3.setObjectName(u"dash3")

        self.grid.addWidget(self.dash3, 4, 2, 1, 1)

        self.closeEdit3 = QTimeEdit(WeekHoursEditor)
        self.closeEdit3.setObjectName(u"closeEdit3")

        self.grid.addWidget(self.closeEdit3, 4, 3, 1, 1)

        self.hours_3Error = QLabel(WeekHoursEditor)
        self.hours_3Error.setObjectName(u"hours_3Error")

        self.grid.addWidget(self.hours_3Error, 4, 4, 1, 1)

        self.dayCheck4 = QCheckBox(WeekHoursEditor)
        self.dayCheck4.setObjectName(u"dayCheck4")

        self.grid.addWidget(self.dayCheck4, 5, 0, 1, 1)

        self.openEdit4 = QTimeEdit(WeekHoursEditor)
        self.openEdit4.setObjectName(u"openEdit4")

        self.grid.addWidget(self.openEdit4, 5, 1, 1, 1)

        self.dash4 = QLabel(WeekHoursEditor)
        self.dash4.setObjectName(u"dash4")

        self.grid.addWidget(self.dash4, 5, 2, 1, 1)

        self.closeEdit4 = QTimeEdit(WeekHoursEditor)
        self.closeEdit4.setObjectName(u"closeEdit4")

        self.grid.addWidget(self.closeEdit4, 5, 3, 1, 1)

        self.hours_4Error = QLabel(WeekHoursEditor)
        self.hours_4Error.setObjectName(u"hours_4Error")

        self.grid.addWidget(self.hours_4Error, 5, 4, 1, 1)

        self.dayCheck5 = QCheckBox(WeekHoursEditor)
        self.dayCheck5.setObjectName(u"dayCheck5")

        self.grid.addWidget(self.dayCheck5, 6, 0, 1, 1)

        self.openEdit5 = QTimeEdit(WeekHoursEditor)
        self.openEdit5.setObjectName(u"openEdit5")

        self.grid.addWidget(self.openEdit5, 6, 1, 1, 1)

        self.dash5 = QLabel(WeekHoursEditor)
        self.dash5.setObjectName(u"dash5")

        self.grid.addWidget(self.dash5, 6, 2, 1, 1)

        self.closeEdit5 = QTimeEdit(WeekHoursEditor)
        self.closeEdit5.setObjectName(u"closeEdit5")

        self.grid.addWidget(self.closeEdit5, 6, 3, 1, 1)

        self.hours_5Error = QLabel(WeekHoursEditor)
        self.hours_5Error.setObjectName(u"hours_5Error")

        self.grid.addWidget(self.hours_5Error, 6, 4, 1, 1)

        self.dayCheck6 = QCheckBox(WeekHoursEditor)
        self.dayCheck6.setObjectName(u"dayCheck6")

        self.grid.addWidget(self.dayCheck6, 7, 0, 1, 1)

        self.openEdit6 = QTimeEdit(WeekHoursEditor)
        self.openEdit6.setObjectName(u"openEdit6")

        self.grid.addWidget(self.openEdit6, 7, 1, 1, 1)

        self.dash6 = QLabel(WeekHoursEditor)
        self.dash6.setObjectName(u"dash6")

        self.grid.addWidget(self.dash6, 7, 2, 1, 1)

        self.closeEdit6 = QTimeEdit(WeekHoursEditor)
        self.closeEdit6.setObjectName(u"closeEdit6")

        self.grid.addWidget(self.closeEdit6, 7, 3, 1, 1)

        self.hours_6Error = QLabel(WeekHoursEditor)
        self.hours_6Error.setObjectName(u"hours_6Error")

        self.grid.addWidget(self.hours_6Error, 7, 4, 1, 1)

        self.grid.setColumnStretch(4, 1)
        QWidget.setTabOrder(self.dayCheck0, self.openEdit0)
        QWidget.setTabOrder(self.openEdit0, self.closeEdit0)
        QWidget.setTabOrder(self.closeEdit0, self.dayCheck1)
        QWidget.setTabOrder(self.dayCheck1, self.openEdit1)
        QWidget.setTabOrder(self.openEdit1, self.closeEdit1)
        QWidget.setTabOrder(self.closeEdit1, self.dayCheck2)
        QWidget.setTabOrder(self.dayCheck2, self.openEdit2)
        QWidget.setTabOrder(self.openEdit2, self.closeEdit2)
        QWidget.setTabOrder(self.closeEdit2, self.dayCheck3)
        QWidget.setTabOrder(self.dayCheck3, self.openEdit3)
        QWidget.setTabOrder(self.openEdit3, self.closeEdit3)
        QWidget.setTabOrder(self.closeEdit3, self.dayCheck4)
        QWidget.setTabOrder(self.dayCheck4, self.openEdit4)
        QWidget.setTabOrder(self.openEdit4, self.closeEdit4)
        QWidget.setTabOrder(self.closeEdit4, self.dayCheck5)
        QWidget.setTabOrder(self.dayCheck5, self.openEdit5)
        QWidget.setTabOrder(self.openEdit5, self.closeEdit5)
        QWidget.setTabOrder(self.closeEdit5, self.dayCheck6)
        QWidget.setTabOrder(self.dayCheck6, self.openEdit6)
        QWidget.setTabOrder(self.openEdit6, self.closeEdit6)

        self.retranslateUi(WeekHoursEditor)

        QMetaObject.connectSlotsByName(WeekHoursEditor)
    # setupUi

    def retranslateUi(self, WeekHoursEditor):
        self.dayHeader.setText(QCoreApplication.translate("WeekHoursEditor", u"Hari", None))
        self.openHeader.setText(QCoreApplication.translate("WeekHoursEditor", u"Buka", None))
        self.closeHeader.setText(QCoreApplication.translate("WeekHoursEditor", u"Tutup", None))
        self.dayCheck0.setText(QCoreApplication.translate("WeekHoursEditor", u"Senin", None))
        self.openEdit0.setDisplayFormat(QCoreApplication.translate("WeekHoursEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.openEdit0.setAccessibleName(QCoreApplication.translate("WeekHoursEditor", u"Jam buka Senin", None))
#endif // QT_CONFIG(accessibility)
        self.dash0.setText(QCoreApplication.translate("WeekHoursEditor", u"\u2013", None))
        self.closeEdit0.setDisplayFormat(QCoreApplication.translate("WeekHoursEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.closeEdit0.setAccessibleName(QCoreApplication.translate("WeekHoursEditor", u"Jam tutup Senin", None))
#endif // QT_CONFIG(accessibility)
        self.dayCheck1.setText(QCoreApplication.translate("WeekHoursEditor", u"Selasa", None))
        self.openEdit1.setDisplayFormat(QCoreApplication.translate("WeekHoursEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.openEdit1.setAccessibleName(QCoreApplication.translate("WeekHoursEditor", u"Jam buka Selasa", None))
#endif // QT_CONFIG(accessibility)
        self.dash1.setText(QCoreApplication.translate("WeekHoursEditor", u"\u2013", None))
        self.closeEdit1.setDisplayFormat(QCoreApplication.translate("WeekHoursEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.closeEdit1.setAccessibleName(QCoreApplication.translate("WeekHoursEditor", u"Jam tutup Selasa", None))
#endif // QT_CONFIG(accessibility)
        self.dayCheck2.setText(QCoreApplication.translate("WeekHoursEditor", u"Rabu", None))
        self.openEdit2.setDisplayFormat(QCoreApplication.translate("WeekHoursEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.openEdit2.setAccessibleName(QCoreApplication.translate("WeekHoursEditor", u"Jam buka Rabu", None))
#endif // QT_CONFIG(accessibility)
        self.dash2.setText(QCoreApplication.translate("WeekHoursEditor", u"\u2013", None))
        self.closeEdit2.setDisplayFormat(QCoreApplication.translate("WeekHoursEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.closeEdit2.setAccessibleName(QCoreApplication.translate("WeekHoursEditor", u"Jam tutup Rabu", None))
#endif // QT_CONFIG(accessibility)
        self.dayCheck3.setText(QCoreApplication.translate("WeekHoursEditor", u"Kamis", None))
        self.openEdit3.setDisplayFormat(QCoreApplication.translate("WeekHoursEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.openEdit3.setAccessibleName(QCoreApplication.translate("WeekHoursEditor", u"Jam buka Kamis", None))
#endif // QT_CONFIG(accessibility)
        self.dash3.setText(QCoreApplication.translate("WeekHoursEditor", u"\u2013", None))
        self.closeEdit3.setDisplayFormat(QCoreApplication.translate("WeekHoursEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.closeEdit3.setAccessibleName(QCoreApplication.translate("WeekHoursEditor", u"Jam tutup Kamis", None))
#endif // QT_CONFIG(accessibility)
        self.dayCheck4.setText(QCoreApplication.translate("WeekHoursEditor", u"Jumat", None))
        self.openEdit4.setDisplayFormat(QCoreApplication.translate("WeekHoursEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.openEdit4.setAccessibleName(QCoreApplication.translate("WeekHoursEditor", u"Jam buka Jumat", None))
#endif // QT_CONFIG(accessibility)
        self.dash4.setText(QCoreApplication.translate("WeekHoursEditor", u"\u2013", None))
        self.closeEdit4.setDisplayFormat(QCoreApplication.translate("WeekHoursEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.closeEdit4.setAccessibleName(QCoreApplication.translate("WeekHoursEditor", u"Jam tutup Jumat", None))
#endif // QT_CONFIG(accessibility)
        self.dayCheck5.setText(QCoreApplication.translate("WeekHoursEditor", u"Sabtu", None))
        self.openEdit5.setDisplayFormat(QCoreApplication.translate("WeekHoursEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.openEdit5.setAccessibleName(QCoreApplication.translate("WeekHoursEditor", u"Jam buka Sabtu", None))
#endif // QT_CONFIG(accessibility)
        self.dash5.setText(QCoreApplication.translate("WeekHoursEditor", u"\u2013", None))
        self.closeEdit5.setDisplayFormat(QCoreApplication.translate("WeekHoursEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.closeEdit5.setAccessibleName(QCoreApplication.translate("WeekHoursEditor", u"Jam tutup Sabtu", None))
#endif // QT_CONFIG(accessibility)
        self.dayCheck6.setText(QCoreApplication.translate("WeekHoursEditor", u"Minggu", None))
        self.openEdit6.setDisplayFormat(QCoreApplication.translate("WeekHoursEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.openEdit6.setAccessibleName(QCoreApplication.translate("WeekHoursEditor", u"Jam buka Minggu", None))
#endif // QT_CONFIG(accessibility)
        self.dash6.setText(QCoreApplication.translate("WeekHoursEditor", u"\u2013", None))
        self.closeEdit6.setDisplayFormat(QCoreApplication.translate("WeekHoursEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.closeEdit6.setAccessibleName(QCoreApplication.translate("WeekHoursEditor", u"Jam tutup Minggu", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

