"""A person's data, printed for their access request (UU 27/2022 Pasal 7): every record the office
keeps about them, as the export's JSON says it, in a form a person can read."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from .data import PersonalDataExport
from .paper import Paper, esc, printed_line

TITLE = "DATA PRIBADI YANG DIPROSES KANTOR"


def render_personal_data(export: PersonalDataExport, layout: str = "a4") -> bytes:
    paper = Paper(layout)

    def story() -> list[Flowable]:
        items = paper.letterhead(export.header)
        items += [paper.text(TITLE, "title"), Spacer(0, 3),
                  paper.text("Disampaikan atas permintaan subjek data pribadi untuk mengakses "
                             "datanya (Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data "
                             f"Pribadi). Dicari dengan: {esc(export.criteria)}.", "body"),
                  Spacer(0, 3)]
        if not export.sections:
            items.append(paper.text("Tidak ada data yang disimpan tentang orang ini.", "body"))
        for section in export.sections:
            items += paper.heading(section.title)
            if section.rows:
                items.append(paper.fields(section.rows))
            items.append(Spacer(0, 3))
        items += [Spacer(0, 4), paper.officer_sign("Administrator", export.officer_name)]
        return items

    return paper.render(story, title="Data pribadi atas permintaan subjek data",
                        author=export.header.office_name,
                        footer_left=f"Data pribadi · {printed_line(export.printed_at, export.header)}")
