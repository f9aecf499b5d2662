"""Small builders shared by the service tests."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from kppn_desktop.services import consultations as svc
from kppn_desktop.services.records import QuestionInput
from kppn_desktop.services.stakeholders import StakeholderInput

WITA = ZoneInfo("Asia/Makassar")


def wita(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=WITA)


def bendahara(**overrides) -> StakeholderInput:
    values = dict(name="Nurhayati Saleh", kind="satker_kl", role="bendahara_pengeluaran",
                  kode_satker="019385", satker_name="Kantor Kementerian Agama Kabupaten Majene",
                  kode_ba="025", phone="0812 4455 6677")
    values.update(overrides)
    return StakeholderInput(**values)


def take(office, at, *, channel="tatap_muka", category=0, questions=None, **kwargs):
    """A visit with one question (or ``questions``) taken by the office's CSO at ``at``."""
    questions = questions or [QuestionInput(office.categories[category].id,
                                            "SPM LS ditolak karena data supplier belum sesuai.")]
    if "stakeholder_id" not in kwargs:
        kwargs.setdefault("stakeholder", bendahara())
    return svc.take_consultation(office.cso, channel=channel, questions=questions, at=at, **kwargs)
