"""Sections and categories of questions (each category served by a section)."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN

from kppn_desktop.domain import validation, workflow
from kppn_desktop.domain.errors import NotFound, ValidationError
from kppn_desktop.services.context import Actor, audit, require, transaction
from kppn_desktop.storage.models import Category, Section
from kppn_desktop.storage.office_rules import office_of

DEFAULT_SECTIONS = (
    ("PDMS", "Seksi Pencairan Dana dan Manajemen Satker"),
    ("BANK", "Seksi Bank"),
    ("VERAKI", "Seksi Verifikasi, Akuntansi dan Kepatuhan Internal"),
    ("UMUM", "Subbagian Umum"),
)

DEFAULT_CATEGORIES = (
    ("Pencairan dana / SPM–SP2D (LS, UP/GUP/TUP, SPM ditolak)", "PDMS"),
    ("Data supplier & kontrak", "PDMS"),
    ("Retur / koreksi / ralat SP2D", "BANK"),
    ("UP/TUP, KKP, Digipay", "PDMS"),
    ("Gaji & SKPP", "PDMS"),
    ("LPJ bendahara", "VERAKI"),
    ("Rekonsiliasi & laporan keuangan", "VERAKI"),
    ("Penerimaan negara (MPN/billing, konfirmasi setoran, pengembalian)", "BANK"),
    ("Rekening pemerintah", "BANK"),
    ("Hibah & BLU", "VERAKI"),
    ("DIPA, revisi, RPD, capaian output, IKPA", "PDMS"),
    ("DAK fisik & dana desa", "PDMS"),
    ("Aplikasi (SAKTI per modul, OM SPAN/MyIntress, user/OTP)", "VERAKI"),
    ("Sertifikasi pejabat perbendaharaan", "PDMS"),
    ("Akhir tahun anggaran", "PDMS"),
    ("Lainnya", "UMUM"),
)


@dataclass(frozen=True)
class SectionInfo:
    id: int
    code: str
    name: str
    active: bool


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    name: str
    section_id: int | None
    section_name: str
    service_minutes: int | None   # None: the office standard
    sort_order: int
    active: bool


def list_sections(active_only: bool = True, office_id: int | None = None) -> list[SectionInfo]:
    """The sections of office ``office_id`` (None: the default office)."""
    query = Section.select().where(Section.office == office_of(office_id)).order_by(Section.id)
    if active_only:
        query = query.where(Section.active)
    return [SectionInfo(s.id, s.code, s.name, s.active) for s in query]


def list_categories(active_only: bool = True, office_id: int | None = None) -> list[CategoryInfo]:
    """The categories of office ``office_id`` (None: the default office)."""
    query = (Category.select(Category, Section).join(Section, join_type=JOIN.LEFT_OUTER)
             .where(Category.office == office_of(office_id))
             .order_by(Category.sort_order, Category.id))
    if active_only:
        query = query.where(Category.active)
    return [CategoryInfo(c.id, c.name, c.section_id, c.section.name if c.section_id else "",
                         c.service_minutes, c.sort_order, c.active) for c in query]


def save_section(actor: Actor, code: str, name: str, *, section_id: int | None = None,
                 active: bool = True) -> int:
    office_id = require(actor, workflow.Action.MANAGE_CATEGORIES)
    errors = {}
    code = validation.clean_text_into(errors, code, "code", "Kode seksi")
    name = validation.clean_text_into(errors, name, "name", "Nama seksi")
    if not code and "code" not in errors:
        errors["code"] = "Kode seksi wajib diisi."
    if not name and "name" not in errors:
        errors["name"] = "Nama seksi wajib diisi."
    if errors:
        raise ValidationError(errors)
    with transaction():
        clash = Section.get_or_none((Section.code == code.strip().upper())
                                    & (Section.office == office_id)
                                    & (Section.id != (section_id or 0)))
        if clash:
            raise ValidationError({"code": "Kode seksi sudah dipakai."})
        values = dict(code=code.strip().upper(), name=name.strip(), active=active)
        if section_id is None:
            section_id = Section.create(**values, office=office_id).id
        elif not Section.update(**values).where(Section.id == section_id,
                                                Section.office == office_id).execute():
            raise NotFound("Seksi tidak ditemukan.")
        audit(actor, f"section:{section_id}", "simpan seksi", **values)
        return section_id


def save_category(actor: Actor, name: str, section_id: int | None, *,
                  service_minutes: int | None = None, category_id: int | None = None,
                  sort_order: int = 0, active: bool = True) -> int:
    office_id = require(actor, workflow.Action.MANAGE_CATEGORIES)
    errors = {}
    name = validation.clean_text_into(errors, name, "name", "Nama kategori")
    if not name and "name" not in errors:
        errors["name"] = "Nama kategori wajib diisi."
    if service_minutes is not None and (isinstance(service_minutes, bool)
                                        or not isinstance(service_minutes, int)
                                        or not 1 <= service_minutes <= 600):
        errors["service_minutes"] = "Target layanan harus 1–600 menit."
    if section_id is not None and (validation.record_id(section_id) is None
                                   or Section.get_or_none(Section.id == section_id,
                                                          Section.office == office_id) is None):
        errors["section"] = "Seksi tidak ditemukan."
    if errors:
        raise ValidationError(errors)
    with transaction():
        clash = Category.get_or_none((Category.name == name.strip()) & (Category.office == office_id)
                                     & (Category.id != (category_id or 0)))
        if clash:
            raise ValidationError({"name": "Nama kategori sudah dipakai."})
        values = dict(name=name.strip(), section=section_id, service_minutes=service_minutes,
                      sort_order=sort_order, active=active)
        if category_id is None:
            category_id = Category.create(**values, office=office_id).id
        elif not Category.update(**values).where(Category.id == category_id,
                                                 Category.office == office_id).execute():
            raise NotFound("Kategori tidak ditemukan.")
        audit(actor, f"category:{category_id}", "simpan kategori", **values)
        return category_id
