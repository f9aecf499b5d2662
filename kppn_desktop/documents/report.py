"""Laporan layanan konsultasi: the period report for the head of office, A4, paged."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from . import _format as fmt
from .charts import compliance_chart, volume_chart
from .data import BreakdownRow, Compliance, LibraryUse, ServiceReport
from .paper import Paper, esc
from .styles import GRID, LIGHT, NAVY

#: Every figure of the report in one sentence, as the software counts it (the last section).
#: The PDF keyword that carries an issued report's code (``report verify`` reads it back).
VERIFY_KEYWORD = "kppn-verifikasi:"

DEFINITIONS = (
    ("Batas data", "Akhir periode, atau saat laporan dibuat bila periode mencakup hari ini; "
                   "semua angka adalah keadaan pada saat itu, dan setiap kejadian dihitung pada "
                   "periode terjadinya, sehingga periode yang sudah lewat tidak berubah."),
    ("Konsultasi diterima", "Pertanyaan yang diterima dalam periode menurut tanggal diterima "
                            "(waktu kantor), semua kanal; satu kunjungan dengan dua pertanyaan "
                            "adalah dua konsultasi."),
    ("Selesai (Resolved)", "Penyelesaian yang terjadi dalam periode, kapan pun konsultasinya "
                           "diterima; konsultasi yang dibuka kembali dan diselesaikan lagi "
                           "dihitung pada setiap penyelesaiannya."),
    ("Dieskalasi", "Eskalasi kepada Kepala Seksi yang terjadi dalam periode."),
    ("Kepatuhan waktu layanan 20 menit", "Jam layanan (satu per siklus) yang dinilai dalam "
     "periode: terpenuhi saat dijawab atau dieskalasi dalam target menit kategorinya, terlampaui "
     "saat batas waktunya lewat; dihitung dalam jam kantor dan dijeda selama menunggu dokumen."),
    ("Kepatuhan penyelesaian 3 hari kerja", "Eskalasi yang dinilai dalam periode: terpenuhi saat "
     "solusi diberikan paling lambat akhir jam layanan hari kerja ke-3 setelah hari konsultasi "
     "(digeser oleh waktu menunggu dokumen), terlampaui saat batas waktu itu lewat."),
    ("Selesai pada kontak pertama", "Siklus pertama yang dijawab dalam periode dalam target menit "
     "kategorinya tanpa eskalasi; persentasenya dari jam layanan yang dinilai dalam periode."),
    ("Belum dinilai", "Jam layanan atau solusi yang sudah berjalan dan belum dinilai pada batas "
                      "data; dinilai pada periode penyelesaian atau lewatnya batas waktu, tidak "
                      "dihitung dalam persentase periode ini."),
    ("Laporan progres terlewat", "Hari kerja selama eskalasi yang berakhir dalam periode tanpa "
                                 "laporan progres kepada stakeholder."),
    ("Waktu penanganan", "Menit jam kantor dari mulai dilayani sampai dijawab atau dieskalasi, "
                         "tanpa waktu menunggu dokumen, per siklus; rata-rata dan persentil "
                         "ke-90 dihitung atas siklus yang berhenti dalam periode."),
    ("Backlog akhir periode", "Konsultasi yang diterima sampai akhir periode dan belum selesai "
                              "pada batas data, menurut riwayatnya."),
    ("Melewati batas waktu", "Konsultasi yang masih terbuka pada batas data dan batas layanan "
                             "atau batas solusinya sudah lewat."),
    ("Mengutip perpustakaan", "Jawaban yang diberikan dalam periode yang dasar peraturannya "
                              "dipilih dari pasal di perpustakaan (bukan diketik bebas)."),
    ("Tidak menemukan pasal atau FAQ", "Pertanyaan yang diterima dalam periode yang, saat "
     "dicatat atau terakhir diubah, tidak menemukan pasal berlaku maupun entri FAQ di "
     "perpustakaan: di kategori inilah FAQ paling dibutuhkan."),
)


def verification_code(pdf: bytes) -> str | None:
    """The code of an issued report, read back from its PDF's keywords; None when the file is
    no PDF or carries none."""
    import pypdfium2 as pdfium  # noqa: PLC0415 - only when a paper is checked

    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError:
        return None
    try:
        keywords = document.get_metadata_value("Keywords") or ""
    finally:
        document.close()
    for word in keywords.replace(",", " ").split():
        if word.startswith(VERIFY_KEYWORD):
            return word[len(VERIFY_KEYWORD):] or None
    return None


def render_report(report: ServiceReport) -> bytes:
    """The service report as A4 PDF bytes, 'Halaman X dari Y' on every page."""
    return ReportRenderer().render(report)


def breakdown_total(rows: Sequence[BreakdownRow], avg_minutes: float | None) -> BreakdownRow:
    """The "Jumlah" line under a breakdown table; its average is the report's overall one."""
    return BreakdownRow("Jumlah", sum(r.total for r in rows), sum(r.resolved for r in rows),
                        sum(r.met for r in rows), sum(r.breached for r in rows),
                        sum(r.escalated for r in rows), avg_minutes)


class _TableEnd(Flowable):
    """The last rows of a table together with what closes it (the signature), never split.

    Drawn without a header row when it follows the table's first part on the same page, and
    with the header when it had to move to a new page, where a bare row would lose its columns.
    """

    def __init__(self, same_page: list[Flowable], next_page: list[Flowable]):
        super().__init__()
        self._choices = (same_page, next_page)
        self._parts: list[Flowable] = []
        self._sizes: list[tuple[float, float]] = []

    def _at_page_top(self) -> bool:
        # The frame hands itself to a flowable before wrapping it; at its top nothing precedes.
        frame = getattr(self, "_frame", None)
        return bool(frame is not None and frame._atTop)

    def wrap(self, avail_width, avail_height):
        self._parts = self._choices[1 if self._at_page_top() else 0]
        self._sizes = [part.wrap(avail_width, avail_height) for part in self._parts]
        self.width = avail_width
        self.height = sum(h for _, h in self._sizes)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        return []  # does not fit here: the whole block goes to the next page, header and all

    def draw(self):
        y = self.height
        for part, (w, h) in zip(self._parts, self._sizes):
            y -= h
            part.drawOn(self.canv, 0, y, _sW=self.width - w)


class ReportRenderer:
    """Draws :class:`ServiceReport` on A4. No Qt; returns bytes."""

    def __init__(self):
        self.paper = Paper("a4")
        self.st = self.paper.st

    def render(self, report: ServiceReport) -> bytes:
        h = report.header
        period = fmt.period(report.period_start, report.period_end)
        created = fmt.to_local(report.generated_at, h)
        footer = (f"Laporan layanan konsultasi {period} · Dibuat pada "
                  f"{fmt.date_plain(created.date())}, {fmt.time_of(report.generated_at, h)}")
        keywords = ""
        if report.stamp is not None:      # the date is in the stamp's own table
            footer = f"Kode verifikasi {report.stamp.code} · Laporan layanan konsultasi {period}"
            keywords = VERIFY_KEYWORD + report.stamp.code
        return self.paper.render(lambda: self._story(report),
                                 title=f"Laporan layanan konsultasi {period}",
                                 author=h.office_name, footer_left=footer, keywords=keywords)

    # --- the story -------------------------------------------------------------------------

    def _story(self, r: ServiceReport) -> list[Flowable]:
        p = self.paper
        h = r.header
        story = p.letterhead(h)
        story += [p.text(esc(r.title), "title"), Spacer(0, 2),
                  p.text(f"Periode: <b>{esc(fmt.period(r.period_start, r.period_end))}</b>"),
                  p.text(f"Dibuat pada {esc(fmt.datetime_long(r.generated_at, h))}"
                         f"{esc(self._cut_off_note(r))}", "small"),
                  Spacer(0, 4 * mm), self._tiles(r)]
        story += p.heading("Ringkasan kinerja")
        story.append(self._summary(r))
        # The charts side by side: a month's report then fits on two sheets for the Kepala Kantor.
        gap = 6 * mm
        width, height = (p.width - gap) / 2, 48 * mm
        story += [Spacer(0, 2 * mm), p.columns(
            p.heading("Jumlah konsultasi per hari")
            + [volume_chart(r.daily_volume, width, height)],
            p.heading("Kepatuhan 20 menit per hari (%)")
            + [compliance_chart(r.daily_compliance, width, height),
               p.text("Hari tanpa konsultasi yang dinilai (libur, akhir pekan) kosong.",
                      "footer")], gap=gap)]
        for title, rows in (("Per kanal", r.by_channel), ("Per kategori layanan", r.by_category),
                            ("Per seksi", r.by_section), ("Per petugas", r.by_officer)):
            story += p.heading(title)
            story.append(self._breakdown(rows, r.avg_handling_minutes))
            if title == "Per seksi" and r.solution_by_section:
                story += p.heading("Penyelesaian eskalasi per seksi")
                story.append(self._solution_by_section(r))
        if r.library is not None:
            story += p.heading("Perpustakaan peraturan")
            story += self._library(r.library)
        story += p.heading(f"Daftar konsultasi melewati batas waktu ({fmt.number(len(r.overdue))})")
        story += self._overdue_and_signature(r)
        if r.stamp is not None:
            story += p.heading("Penerbitan")
            story.append(self._stamp(r))
        story += p.heading("Definisi")
        story.append(self._table(["Angka", "Artinya"], [list(row) for row in DEFINITIONS],
                                 [0.3, 0.7]))
        return story

    @staticmethod
    def _cut_off_note(r: ServiceReport) -> str:
        """'; keadaan data per akhir 31 Oktober 2026' when the cut-off is not the moment the report
        was made (a past period)."""
        if r.cut_off is None or r.cut_off >= r.generated_at:
            return ""
        local = fmt.to_local(r.cut_off, r.header)
        if local.time() == local.time().min:      # midnight: the end of the day before
            return f"; keadaan data per akhir {fmt.date_plain(local.date() - timedelta(days=1))}"
        return f"; keadaan data per {fmt.datetime_long(r.cut_off, r.header)}"

    def _stamp(self, r: ServiceReport) -> Table:
        s = r.stamp
        rows = [("Kode verifikasi", s.code),
                ("Diterbitkan", f"{fmt.datetime_long(s.issued_at, r.header)} oleh {s.issued_by}"),
                ("Riwayat data", f"{fmt.number(s.event_count)} peristiwa; peristiwa terakhir "
                                 f"{s.head_hash[:16]}…"),
                ("Pemeriksaan", "kppn-desktop report verify BERKAS.pdf: apakah basis data masih "
                                "menghasilkan angka yang sama dari riwayat yang sama.")]
        return self._table(None, [list(row) for row in rows], [0.3, 0.7])

    @staticmethod
    def _pending_note(c: Compliance) -> str:
        return f" ({fmt.number(c.pending)} belum dinilai)" if c.pending else ""

    def _tiles(self, r: ServiceReport) -> Table:
        st = self.st
        sc, so = r.service_compliance, r.solution_compliance
        tiles = [(fmt.number(r.total), "Konsultasi diterima"),
                 (fmt.number(r.resolved), "Selesai (Resolved)"),
                 (fmt.pct(sc.pct), "Sesuai standar 20 menit" + self._pending_note(sc)),
                 (fmt.pct(so.pct), "Solusi ≤ 3 hari kerja" + self._pending_note(so)),
                 (fmt.number(r.backlog), "Belum selesai (backlog)")]
        cells = [[Paragraph(esc(value), st["tile_value"]), Paragraph(esc(label), st["tile_label"])]
                 for value, label in tiles]
        gap = 3 * mm
        w = (self.paper.width - gap * (len(tiles) - 1)) / len(tiles)
        row, widths = [], []
        for i, cell in enumerate(cells):
            if i:
                row.append("")
                widths.append(gap)
            row.append(cell)
            widths.append(w)
        table = Table([row], colWidths=widths)
        style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]
        for col in range(0, len(row), 2):
            style += [("BACKGROUND", (col, 0), (col, 0), LIGHT),
                      ("LINEABOVE", (col, 0), (col, 0), 2, NAVY)]
        table.setStyle(TableStyle(style))
        return table

    def _summary(self, r: ServiceReport) -> Table:
        def judged(c: Compliance, good: str, bad: str) -> str:
            text = f"{fmt.number(c.met)} {good}, {fmt.number(c.breached)} {bad}"
            # So the figures add up to every clock: the rest are still running.
            return text + (f", {fmt.number(c.pending)} belum dinilai" if c.pending else "")

        rows = [
            ("Konsultasi diterima", fmt.number(r.total), "semua kanal"),
            ("Diselesaikan (Resolved)", fmt.number(r.resolved), ""),
            ("Dieskalasi ke Kepala Seksi", fmt.number(r.escalated), ""),
            ("Kepatuhan waktu layanan 20 menit", fmt.pct(r.service_compliance.pct),
             judged(r.service_compliance, "sesuai standar", "melebihi standar")),
            ("Selesai pada kontak pertama", fmt.number(r.first_contact),
             (f"{fmt.pct(100 * r.first_contact / r.service_compliance.judged)} dari jam layanan "
              "yang dinilai; " if r.service_compliance.judged else "")
             + "dijawab dalam target tanpa eskalasi"),
            ("Kepatuhan penyelesaian 3 hari kerja", fmt.pct(r.solution_compliance.pct),
             judged(r.solution_compliance, "tepat waktu", "melewati batas")),
            ("Laporan progres terlewat", fmt.number(r.missed_progress_updates),
             "hari kerja tanpa laporan progres kepada stakeholder"),
            ("Waktu penanganan rata-rata", fmt.minutes(r.avg_handling_minutes),
             "dihitung dalam jam layanan kantor"),
            ("Waktu penanganan persentil ke-90", fmt.minutes(r.p90_handling_minutes),
             "90% konsultasi ditangani dalam waktu ini"),
            ("Backlog akhir periode", fmt.number(r.backlog), "belum selesai"),
            ("Melewati batas waktu", fmt.number(len(r.overdue)), "lihat daftar di bawah"),
        ]
        header = ["Indikator", "Nilai", "Keterangan"]
        widths = [0.42, 0.16, 0.42]
        return self._table(header, [list(row) for row in rows], widths, numeric={1})

    def _breakdown(self, rows: Sequence[BreakdownRow], avg: float | None) -> Flowable:
        if not rows:
            return self.paper.text("Tidak ada data.", "small")
        header = ["Uraian", "Jumlah", "Selesai", "Eskalasi", "≤ 20 menit", "> 20 menit",
                  "Kepatuhan", "Rata-rata (menit)"]
        body = [self._breakdown_cells(row) for row in rows]
        total = self._breakdown_cells(breakdown_total(rows, avg))
        widths = [0.32, 0.08, 0.08, 0.09, 0.1, 0.1, 0.11, 0.12]
        return self._table(header, body + [total], widths, numeric=set(range(1, 8)),
                           total_row=True)

    def _solution_by_section(self, r: ServiceReport) -> Flowable:
        header = ["Seksi", "Eskalasi", "Tepat waktu", "Melewati batas", "Belum dinilai",
                  "Kepatuhan", "Progres terlewat"]
        body = [[row.label, fmt.number(row.solution.clocks), fmt.number(row.solution.met),
                 fmt.number(row.solution.breached), fmt.number(row.solution.pending),
                 fmt.pct(row.solution.pct), fmt.number(row.missed)]
                for row in r.solution_by_section]
        widths = [0.34, 0.1, 0.11, 0.11, 0.11, 0.11, 0.12]
        return self._table(header, body, widths, numeric=set(range(1, 7)))

    def _library(self, lib: LibraryUse) -> list[Flowable]:
        p = self.paper
        out = [p.text(f"Jawaban yang mengutip pasal dari perpustakaan: <b>{fmt.number(lib.cited)}"
                      f"</b> dari {fmt.number(lib.answers)} jawaban ({fmt.pct(lib.pct)}).")]
        if lib.top_articles:
            out += [Spacer(0, 2 * mm), self._table(
                ["Pasal yang paling sering dikutip", "Peraturan", "Dikutip"],
                [[c, t, fmt.number(n)] for c, t, n in lib.top_articles], [0.3, 0.58, 0.12],
                numeric={2})]
        if lib.nothing_found:
            out += [Spacer(0, 2 * mm), self._table(
                ["Kategori yang pertanyaannya tidak menemukan pasal atau FAQ", "Pertanyaan",
                 "Tidak ditemukan"],
                [[name, fmt.number(asked), fmt.number(none)]
                 for name, asked, none in lib.nothing_found], [0.6, 0.2, 0.2],
                numeric={1, 2})]
        return out

    @staticmethod
    def _breakdown_cells(row: BreakdownRow) -> list[str]:
        return [row.label, fmt.number(row.total), fmt.number(row.resolved),
                fmt.number(row.escalated), fmt.number(row.met), fmt.number(row.breached),
                fmt.pct(row.pct), fmt.decimal(row.avg_minutes)]

    def _overdue_and_signature(self, r: ServiceReport) -> list[Flowable]:
        """The overdue list, then the signature, which keeps the list's last rows with it: a
        signature alone on the last page could be stapled under anything."""
        if not r.overdue:
            return [KeepTogether([self.paper.text("Tidak ada konsultasi yang melewati batas "
                                                  "waktu."), self._signature(r)])]
        h = r.header
        zone = h.zone_abbrev
        header = ["No.", "Nomor", f"Diterima ({zone})", "Stakeholder", "Kategori", "Petugas",
                  f"Batas waktu ({zone})", "Terlambat (jam:mnt)"]
        body = [[str(i), row.number, fmt.datetime_short(row.received_at, h), row.stakeholder,
                 row.category, row.officer, fmt.datetime_short(row.deadline, h),
                 fmt.hours_minutes(row.overdue_minutes)]
                for i, row in enumerate(r.overdue, 1)]
        # The number column fits a whole number: one broken over two lines is misread.
        widths = [0.05, 0.175, 0.11, 0.16, 0.15, 0.135, 0.11, 0.11]
        numeric = {0, 7}
        tail = min(3, len(body) - 1)
        if tail <= 0:
            return [KeepTogether([self._table(header, body, widths, numeric=numeric),
                                  self._signature(r)])]
        head = self._table(header, body[:-tail], widths, numeric=numeric)
        first = len(body) - tail
        same_page = self._table(None, body[-tail:], widths, numeric=numeric, first_row=first)
        next_page = self._table(header, body[-tail:], widths, numeric=numeric, first_row=first)
        return [head, _TableEnd([same_page, self._signature(r)],
                                [next_page, self._signature(r)])]

    def _signature(self, r: ServiceReport) -> Flowable:
        st = self.st
        signed = r.signed_on or fmt.to_local(r.generated_at, r.header).date()
        name = f"<u><b>{esc(r.head_name)}</b></u>" if r.head_name else "(" + "." * 40 + ")"
        lines = [Paragraph(f"{esc(r.city)}, {esc(fmt.date_plain(signed))}", st["sign"]),
                 Paragraph(f"{esc(r.head_title)},", st["sign"]), Spacer(0, 18 * mm),
                 Paragraph(name, st["sign"])]
        if r.head_nip:
            lines.append(Paragraph(f"NIP {esc(r.head_nip)}", st["sign"]))
        block = Table([[lines]], colWidths=[75 * mm], hAlign="RIGHT")
        block.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 8 * mm)]))
        return block

    # --- one table style for every list --------------------------------------------------------

    def _table(self, header: list[str] | None, body: list[list[str]], widths: Sequence[float], *,
               numeric: set[int] = frozenset(), total_row: bool = False,
               first_row: int = 0) -> Table:
        """A data table: navy header repeated on every page, zebra rows, figures right-aligned.

        ``header`` None and ``first_row`` > 0 draw the continuation of a table split on purpose
        (the zebra stripes carry on where the first part stopped)."""
        st = self.st

        def cell(text: str, col: int, head: bool = False, bold: bool = False) -> Paragraph:
            if head:
                style = st["cell_head_right" if col in numeric else "cell_head"]
            elif col in numeric:
                style = st["cell_right"]
            else:
                style = st["cell_bold" if bold else "cell"]
            markup = f"<b>{esc(text)}</b>" if bold and col in numeric else esc(text)
            return Paragraph(markup, style)

        data = [] if header is None else [[cell(t, c, head=True) for c, t in enumerate(header)]]
        top = len(data)
        last = len(body) - 1
        for i, row in enumerate(body):
            bold = total_row and i == last
            data.append([cell(t, c, bold=bold) for c, t in enumerate(row)])
        table = Table(data, colWidths=[w * self.paper.width for w in widths], repeatRows=top,
                      splitInRow=1)
        stripes = [colors.white, LIGHT] if first_row % 2 == 0 else [LIGHT, colors.white]
        style = [("ROWBACKGROUNDS", (0, top), (-1, -1), stripes),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
                 ("BOX", (0, 0), (-1, -1), 0.4, GRID),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                 ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8)]
        if header is not None:
            style.append(("BACKGROUND", (0, 0), (-1, 0), NAVY))
        if total_row:
            style += [("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY),
                      ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#D5DCE8"))]
        table.setStyle(TableStyle(style))
        return table
