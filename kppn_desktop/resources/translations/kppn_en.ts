<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Batal</source>
        <extracomment>workflow action -&gt; its dialog; filled by each ``ActionDialog`` subclass that names its ``action``. The workflow action taken; a subclass that names one registers itself in ``DIALOGS``.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>— pilih seksi —</source>
        <translation>— choose a section —</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administrasi</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Pengguna</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>&amp;Seksi &amp;&amp; kategori</source>
        <translation>&amp;Sections &amp;&amp; categories</translation>
    </message>
    <message>
        <source>&amp;Jam layanan &amp;&amp; hari libur</source>
        <translation>Service &amp;hours &amp;&amp; holidays</translation>
    </message>
    <message>
        <source>S&amp;tandar layanan</source>
        <translation>Service s&amp;tandard</translation>
    </message>
    <message>
        <source>P&amp;rofil kantor</source>
        <translation>Office p&amp;rofile</translation>
    </message>
    <message>
        <source>&amp;Data pribadi</source>
        <translation>&amp;Personal data</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <source>Cadangan otomatis gagal: {detail}</source>
        <translation>Automatic backup failed: {detail}</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Jam layanan mingguan</source>
        <translation>Weekly service hours</translation>
    </message>
    <message>
        <source>Simpan &amp;jam layanan</source>
        <translation>Save service &amp;hours</translation>
    </message>
    <message>
        <source>Jam khusus per rentang (mis. Ramadan)</source>
        <translation>Special hours for a date range (e.g. Ramadan)</translation>
    </message>
    <message>
        <source>Jam layanan khusus</source>
        <translation>Special service hours</translation>
    </message>
    <message>
        <source>Tambah jam k&amp;husus…</source>
        <translation>Add s&amp;pecial hours…</translation>
    </message>
    <message>
        <source>Hapus jam khusus</source>
        <translation>Remove special hours</translation>
    </message>
    <message>
        <source>Penutupan dan pembukaan khusus</source>
        <translation>Special closures and openings</translation>
    </message>
    <message>
        <source>Tan&amp;ggal</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Je&amp;nis</source>
        <translation>Ki&amp;nd</translation>
    </message>
    <message>
        <source>Ala&amp;san</source>
        <translation>Rea&amp;son</translation>
    </message>
    <message>
        <source>mis. Keputusan Kepala Kantor</source>
        <translation>e.g. Decree of the Head of Office</translation>
    </message>
    <message>
        <source>Tambah &amp;hari khusus</source>
        <translation>Add a &amp;special day</translation>
    </message>
    <message>
        <source>Hapus hari khusus</source>
        <translation>Remove special day</translation>
    </message>
    <message>
        <source>Hari tidak bekerja</source>
        <translation>Non-working days</translation>
    </message>
    <message>
        <source>T&amp;ahun</source>
        <translation>Ye&amp;ar</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Termasuk Sabtu/Minggu</source>
        <translation>Including Saturday/Sunday</translation>
    </message>
    <message>
        <source>Tutup (libur tambahan)</source>
        <translation>Closed (additional holiday)</translation>
    </message>
    <message>
        <source>Buka (koreksi: hari kerja walau tercantum libur)</source>
        <translation>Open (correction: a working day although listed as a holiday)</translation>
    </message>
    <message>
        <source>Libur nasional</source>
        <translation>National holiday</translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation>Collective leave</translation>
    </message>
    <message>
        <source>Penutupan kantor</source>
        <translation>Office closure</translation>
    </message>
    <message>
        <source>Libur mingguan</source>
        <translation>Weekly day off</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Jam layanan</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>tutup</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>{year}: {national} libur nasional, {cuti} cuti bersama, {closure} penutupan kantor
ditambah {weekly} hari libur mingguan (Sabtu/Minggu)</source>
        <translation>{year}: {national} national holidays, {cuti} collective leave days, {closure} office closures
plus {weekly} weekly days off (Saturday/Sunday)</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Kalender berubah: jam layanan semua konsultasi dan jumlah laporan sedang dihitung ulang. Anda dapat terus bekerja.</source>
        <translation>The calendar changed: the service clocks of all consultations and the report figures are being recounted. You can keep working.</translation>
    </message>
    <message>
        <source>Dihitung ulang menurut kalender baru: {n} dari {total} konsultasi dikoreksi, juga jumlah laporannya (dicatat di riwayat).</source>
        <translation>Recounted by the new calendar: {n} of {total} consultations corrected, and their report figures too (recorded in the history).</translation>
    </message>
    <message>
        <source>Dihitung ulang: {total} konsultasi, tidak ada jam layanan yang berubah.</source>
        <translation>Recounted: {total} consultations, no service clock changed.</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>Seksi</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Daftar seksi</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Tambah s&amp;eksi…</source>
        <translation>Add s&amp;ection…</translation>
    </message>
    <message>
        <source>U&amp;bah seksi…</source>
        <translation>Ed&amp;it section…</translation>
    </message>
    <message>
        <source>Kategori layanan</source>
        <translation>Service categories</translation>
    </message>
    <message>
        <source>Daftar kategori layanan</source>
        <translation>Service categories</translation>
    </message>
    <message>
        <source>Tambah &amp;kategori…</source>
        <translation>Add &amp;category…</translation>
    </message>
    <message>
        <source>Ubah k&amp;ategori…</source>
        <translation>Edit c&amp;ategory…</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama seksi</source>
        <translation>Section name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Urutan</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>{n} menit (standar)</source>
        <translation>{n} minutes (standard)</translation>
    </message>
    <message>
        <source>{n} menit</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Target kosong = standar kantor ({n} menit)</source>
        <translation>Empty target = office standard ({n} minutes)</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Kategori layanan</source>
        <translation>Service categories</translation>
    </message>
    <message>
        <source>&amp;Nama kategori</source>
        <translation>&amp;Category name</translation>
    </message>
    <message>
        <source>&amp;Seksi</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <source>&amp;Target layanan</source>
        <translation>Service &amp;target</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Standar kantor</source>
        <translation>Office standard</translation>
    </message>
    <message>
        <source>&amp;Urutan</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <source>&amp;Aktif (dapat dipilih petugas)</source>
        <translation>&amp;Active (officers can choose it)</translation>
    </message>
    <message>
        <source>— tanpa seksi —</source>
        <translation>— no section —</translation>
    </message>
    <message>
        <source>Standar kantor ({n} menit)</source>
        <translation>Office standard ({n} minutes)</translation>
    </message>
    <message>
        <source>Target layanan kosong (Standar kantor) mengikuti standar waktu layanan kantor, kini {n} menit. Isi bila jenis layanan ini memerlukan target sendiri.</source>
        <translation>An empty service target (Office standard) follows the office&apos;s service time standard, now {n} minutes. Fill it in if this kind of service needs a target of its own.</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Tambah kategori layanan</source>
        <translation>Add service category</translation>
    </message>
    <message>
        <source>Ubah kategori layanan</source>
        <translation>Edit service category</translation>
    </message>
</context>
<context>
    <name>ConnectionBand</name>
    <message>
        <source>Sambungan ke basis data terputus ({db}). Isian yang sedang Anda ketik tetap ada; simpan lagi setelah sambungan pulih. Sambungan dicoba otomatis setiap 5 detik.</source>
        <translation>The connection to the database was lost ({db}). What you are typing stays; save again once the connection is back. Reconnecting is tried every 5 seconds.</translation>
    </message>
    <message>
        <source>Mencoba menyambung…</source>
        <translation>Trying to reconnect…</translation>
    </message>
</context>
<context>
    <name>ConsultationTableModel</name>
    <message>
        <source>Batas layanan</source>
        <translation>Service limit</translation>
    </message>
    <message>
        <source>Batas solusi</source>
        <translation>Solution limit</translation>
    </message>
    <message>
        <source>Di luar jam layanan jam berhenti; {note}.</source>
        <translation>Outside service hours the clock stops; {note}.</translation>
    </message>
    <message>
        <source>Diselesaikan sesuai standar layanan.</source>
        <translation>Resolved within the service standard.</translation>
    </message>
    <message>
        <source>Melebihi standar</source>
        <translation>Beyond the standard</translation>
    </message>
    <message>
        <source>Penyelesaian melebihi standar layanan.</source>
        <translation>Resolution beyond the service standard.</translation>
    </message>
    <message>
        <source>Sesuai standar</source>
        <translation>Within the standard</translation>
    </message>
    <message>
        <source>Waktu layanan berhenti sementara selama menunggu dokumen.</source>
        <translation>The service clock stops while waiting for documents.</translation>
    </message>
    <message>
        <source>Waktu solusi berhenti sementara selama menunggu dokumen.</source>
        <translation>The solution clock stops while waiting for documents.</translation>
    </message>
    <message>
        <source>dijeda</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>lanjut {day} {time}</source>
        <translation>resumes {day} {time}</translation>
    </message>
    <message>
        <source>lewat sejak {time}</source>
        <translation>over since {time}</translation>
    </message>
    <message>
        <source>lewat {n} hari kerja</source>
        <translation>{n} working days over</translation>
    </message>
    <message>
        <source>lewat {time}</source>
        <translation>{time} over</translation>
    </message>
    <message>
        <source>sisa {n} hari kerja</source>
        <translation>{n} working days left</translation>
    </message>
    <message>
        <source>sisa {time}</source>
        <translation>{time} left</translation>
    </message>
</context>
<context>
    <name>ConsultationWindow</name>
    <message>
        <source>Konsultasi — KPPN Desktop</source>
        <translation>Consultation — KPPN Desktop</translation>
    </message>
    <message>
        <source>Konsultasi</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Seksi</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Kontak person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>&amp;Mulai layani</source>
        <translation>&amp;Start service</translation>
    </message>
    <message>
        <source>&amp;Selesaikan…</source>
        <translation>&amp;Resolve…</translation>
    </message>
    <message>
        <source>Beri jawaban dan tandai Selesai (Ctrl+Enter)</source>
        <translation>Give the answer and mark it Resolved (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Eskalasi…</source>
        <translation>&amp;Escalate…</translation>
    </message>
    <message>
        <source>Teruskan ke Kepala Seksi (Ctrl+E)</source>
        <translation>Pass to the Head of Section (Ctrl+E)</translation>
    </message>
    <message>
        <source>Pi&amp;ndahkan seksi…</source>
        <translation>Mo&amp;ve section…</translation>
    </message>
    <message>
        <source>Pindahkan eskalasi ke Kepala Seksi lain (salah seksi, atau seksinya belum memiliki Kepala Seksi)</source>
        <translation>Move the escalation to another Head of Section (wrong section, or the section has no Head of Section yet)</translation>
    </message>
    <message>
        <source>&amp;Progres…</source>
        <translation>&amp;Progress…</translation>
    </message>
    <message>
        <source>&amp;Tanggapan Kasi…</source>
        <translation>Head of Section &amp;response…</translation>
    </message>
    <message>
        <source>Minta &amp;dokumen…</source>
        <translation>Request &amp;documents…</translation>
    </message>
    <message>
        <source>Dokumen dite&amp;rima…</source>
        <translation>Documents rece&amp;ived…</translation>
    </message>
    <message>
        <source>&amp;Buka kembali…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>Tidak ada tindakan yang dapat Anda lakukan pada konsultasi ini.</source>
        <translation>There is nothing you can do on this consultation.</translation>
    </message>
    <message>
        <source>Cetak bukti</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <source>Bukti konsultasi: struk 80 mm, A5 atau A4</source>
        <translation>Consultation slip: 80 mm receipt, A5 or A4</translation>
    </message>
    <message>
        <source>Cetak tanda terima</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Tanda terima penyelesaian (untuk konsultasi yang sudah selesai)</source>
        <translation>Resolution receipt (for resolved consultations)</translation>
    </message>
    <message>
        <source>M&amp;uat ulang</source>
        <translation>Rel&amp;oad</translation>
    </message>
    <message>
        <source>Muat ulang data konsultasi (F5)</source>
        <translation>Reload the consultation (F5)</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pertanyaan dan jawaban</source>
        <translation>Question and answer</translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Jawaban</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Waktu layanan</source>
        <translation>Service time</translation>
    </message>
    <message>
        <source>Jam layanan, solusi dan progres</source>
        <translation>Service, solution and progress clocks</translation>
    </message>
    <message>
        <source>Penjelasan (pilih baris di atas)</source>
        <translation>Explanation (choose a row above)</translation>
    </message>
    <message>
        <source>Penjelasan waktu</source>
        <translation>Clock explanation</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Riwayat konsultasi</source>
        <translation>Consultation history</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Bu&amp;ka lampiran</source>
        <translation>Op&amp;en attachment</translation>
    </message>
    <message>
        <source>Tambah &amp;lampiran…</source>
        <translation>Add &amp;attachment…</translation>
    </message>
    <message>
        <source>&amp;Hapus lampiran…</source>
        <translation>&amp;Remove attachment…</translation>
    </message>
    <message>
        <source>Permintaan dokumen</source>
        <translation>Document requests</translation>
    </message>
    <message>
        <source>Permintaan dokumen pendukung</source>
        <translation>Supporting document request</translation>
    </message>
    <message>
        <source>Pertanyaan dalam kunjungan ini</source>
        <extracomment>workflow action -&gt; its button in ui/consultation_window.ui (shown while the action is allowed; its dialog is ``actions.DIALOGS[action]``, except for starting the service).</extracomment>
        <translation>Questions in this visit</translation>
    </message>
    <message>
        <source>batas solusi terlampaui</source>
        <translation>solution limit breached</translation>
    </message>
    <message>
        <source>batas layanan terlampaui</source>
        <translation>service limit breached</translation>
    </message>
    <message>
        <source>Konsultasi {number} — {name}</source>
        <translation>Consultation {number} — {name}</translation>
    </message>
    <message>
        <source>siklus {n}</source>
        <translation>cycle {n}</translation>
    </message>
    <message>
        <source>ref. {ref}</source>
        <translation>ref. {ref}</translation>
    </message>
    <message>
        <source>belum ada Kepala Seksi aktif; pindahkan eskalasi</source>
        <translation>no active Head of Section yet; move the escalation</translation>
    </message>
    <message>
        <source>Pertanyaan {n} · {number}</source>
        <translation>Question {n} · {number}</translation>
    </message>
    <message>
        <source>(belum dijawab)</source>
        <translation>(not answered yet)</translation>
    </message>
    <message>
        <source>Dasar peraturan/juknis: {text}</source>
        <translation>Regulation/guideline basis: {text}</translation>
    </message>
    <message>
        <source>Siklus {n} — {name}: {status}</source>
        <translation>Cycle {n} — {name}: {status}</translation>
    </message>
    <message>
        <source>Jam solusi dan progres berjalan setelah konsultasi dieskalasi ke Kepala Seksi.</source>
        <translation>The solution and progress clocks run once the consultation is escalated to the Head of Section.</translation>
    </message>
    <message>
        <source>Riwayat ({n})</source>
        <translation>History ({n})</translation>
    </message>
    <message>
        <source>Lampiran ({n})</source>
        <translation>Attachments ({n})</translation>
    </message>
    <message>
        <source>Permintaan dokumen ({n})</source>
        <translation>Document requests ({n})</translation>
    </message>
    <message>
        <source>{n} belum diterima</source>
        <translation>{n} not received yet</translation>
    </message>
    <message>
        <source>Tidak ada aplikasi untuk membuka berkas ini. Berkas disimpan di {path}</source>
        <translation>No application can open this file. The file is saved at {path}</translation>
    </message>
    <message>
        <source>Tambah lampiran</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>Belum diterima</source>
        <translation>Not received yet</translation>
    </message>
    <message>
        <source>Dihapus {time}: {reason}</source>
        <translation>Removed {time}: {reason}</translation>
    </message>
    <message>
        <source>lewat {time}</source>
        <translation>{time} over</translation>
    </message>
    <message>
        <source>sisa {time}</source>
        <translation>{time} left</translation>
    </message>
    <message>
        <source>{n} progres disampaikan</source>
        <translation>{n} progress updates given</translation>
    </message>
    <message>
        <source>{n} progres terlewat</source>
        <translation>{n} progress updates missed</translation>
    </message>
    <message>
        <source>{used} dari {target}</source>
        <translation>{used} of {target}</translation>
    </message>
    <message>
        <source>{name}: tidak dapat dibaca ({detail}).</source>
        <translation>{name}: cannot be read ({detail}).</translation>
    </message>
</context>
<context>
    <name>DeskNotices</name>
    <message>
        <source>Pengingat</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Pengingat ({n})</source>
        <translation>Reminders ({n})</translation>
    </message>
    <message>
        <source>KPPN Desktop: pengingat</source>
        <translation>KPPN Desktop: reminders</translation>
    </message>
    <message>
        <source>melewati batas waktu</source>
        <translation>past its deadline</translation>
    </message>
    <message>
        <source>batas solusi hari ini</source>
        <translation>solution due today</translation>
    </message>
    <message>
        <source>progres hari ini belum disampaikan</source>
        <translation>today&apos;s progress update not given yet</translation>
    </message>
    <message>
        <source>{number}: {what} ({due})</source>
        <translation>{number}: {what} ({due})</translation>
    </message>
    <message>
        <source>dan {n} lainnya</source>
        <translation>and {n} more</translation>
    </message>
</context>
<context>
    <name>DocumentsReceivedDialog</name>
    <message>
        <source>Dokumen pendukung diterima</source>
        <translation>Supporting documents received</translation>
    </message>
    <message>
        <source>Catat bahwa dokumen yang diminta sudah diterima; waktu layanan berjalan kembali.</source>
        <translation>Record that the requested documents were received; service time runs again.</translation>
    </message>
    <message>
        <source>&amp;Catatan (boleh kosong)</source>
        <translation>&amp;Note (optional)</translation>
    </message>
    <message>
        <source>&amp;Lampirkan berkas yang diterima…</source>
        <extracomment>What could not be attached once saved (shown by the window beside its attachments).</extracomment>
        <translation>&amp;Attach the files received…</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Eskalasi ke Kepala Seksi</source>
        <translation>Escalate to the Head of Section</translation>
    </message>
    <message>
        <source>Teruskan konsultasi kepada Kepala Seksi bila jawabannya perlu konfirmasi. Solusi wajib diberikan paling lambat 3 hari kerja, dengan progres berkala kepada kontak person.</source>
        <translation>Pass the consultation to the Head of Section when the answer needs confirmation. A solution must be given within 3 working days, with regular progress updates to the contact person.</translation>
    </message>
    <message>
        <source>&amp;Seksi tujuan</source>
        <translation>&amp;Target section</translation>
    </message>
    <message>
        <source>&amp;Alasan eskalasi</source>
        <translation>&amp;Reason for escalation</translation>
    </message>
    <message>
        <source>&amp;Kontak person</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <source>&amp;Telepon kontak</source>
        <translation>Contact &amp;phone</translation>
    </message>
    <message>
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
</context>
<context>
    <name>HeadlessWarning</name>
    <message>
        <source>Seksi ini belum memiliki Kepala Seksi yang aktif: konsultasi ini tidak akan muncul di kotak masuk siapa pun. Pilih seksi lain, atau minta administrator menetapkan Kepala Seksinya.</source>
        <translation>This section has no active Head of Section: the consultation will not appear in anyone&apos;s inbox. Choose another section, or ask the administrator to appoint its Head of Section.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Konsultasi baru</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <source>Kanal dan waktu</source>
        <translation>Channel and time</translation>
    </message>
    <message>
        <source>K&amp;anal</source>
        <translation>Ch&amp;annel</translation>
    </message>
    <message>
        <source>N&amp;omor tiket/referensi</source>
        <translation>Ticket/reference n&amp;umber</translation>
    </message>
    <message>
        <source>&amp;Waktu diterima</source>
        <translation>&amp;Time received</translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>WITA</source>
        <translation>WITA</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>&amp;Cari stakeholder</source>
        <translation>&amp;Search stakeholder</translation>
    </message>
    <message>
        <source>Kode satker, nama, NIP, atau nomor telepon</source>
        <translation>Work unit code, name, NIP or phone number</translation>
    </message>
    <message>
        <source>Ketik sedikitnya 2 huruf atau angka; stakeholder baru diisi di bawah.</source>
        <translation>Type at least 2 letters or digits; a new stakeholder is entered below.</translation>
    </message>
    <message>
        <source>Hasil pencarian stakeholder</source>
        <translation>Stakeholder search results</translation>
    </message>
    <message>
        <source>&amp;Lepas pilihan</source>
        <translation>&amp;Clear selection</translation>
    </message>
    <message>
        <source>Batalkan pilihan dan isi stakeholder baru</source>
        <translation>Clear the choice and enter a new stakeholder</translation>
    </message>
    <message>
        <source>Stakeholder baru</source>
        <translation>New stakeholder</translation>
    </message>
    <message>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Jenis</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>P&amp;eran</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <source>Kode &amp;satker</source>
        <translation>Work unit &amp;code</translation>
    </message>
    <message>
        <source>6 digit, mis. 999062</source>
        <translation>6 digits, e.g. 999062</translation>
    </message>
    <message>
        <source>Ko&amp;de BA</source>
        <translation>&amp;BA code</translation>
    </message>
    <message>
        <source>3 digit, mis. 015</source>
        <translation>3 digits, e.g. 015</translation>
    </message>
    <message>
        <source>Nama satke&amp;r</source>
        <translation>Work unit na&amp;me</translation>
    </message>
    <message>
        <source>N&amp;IP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <source>18 digit (NIP atau NI PPPK)</source>
        <translation>18 digits (NIP or NI PPPK)</translation>
    </message>
    <message>
        <source>Tele&amp;pon</source>
        <translation>Tele&amp;phone</translation>
    </message>
    <message>
        <source>0812…</source>
        <translation>0812…</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Dokumen pendukung</source>
        <translation>Supporting documents</translation>
    </message>
    <message>
        <source>Seret berkas ke halaman ini atau pilih Tambah berkas. Diterima: PDF, JPEG, PNG, Word, Excel. Lampiran disimpan pada pertanyaan yang dipilih.</source>
        <translation>Drag files onto this page or choose Add files. Accepted: PDF, JPEG, PNG, Word, Excel. Attachments are stored with the chosen question.</translation>
    </message>
    <message>
        <source>Untuk pertanyaan</source>
        <translation>For question</translation>
    </message>
    <message>
        <source>Pertanyaan tempat berkas dan permintaan dokumen disimpan. Pilih berkas di daftar untuk memindahkannya ke pertanyaan lain.</source>
        <translation>The question under which files and document requests are stored. Choose a file in the list to move it to another question.</translation>
    </message>
    <message>
        <source>Berkas yang akan dilampirkan</source>
        <translation>Files to attach</translation>
    </message>
    <message>
        <source>Tamba&amp;h berkas…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Hap&amp;us berkas</source>
        <translation>Rem&amp;ove file</translation>
    </message>
    <message>
        <source>Dokumen yan&amp;g diminta</source>
        <translation>Documents re&amp;quested</translation>
    </message>
    <message>
        <source>Opsional: dokumen yang harus dilengkapi stakeholder (jam layanan dijeda)</source>
        <translation>Optional: documents the stakeholder must supply (service clock paused)</translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Tambah pertan&amp;yaan</source>
        <translation>Add a &amp;question</translation>
    </message>
    <message>
        <source>Pertanyaan lain dari kunjungan yang sama; masing-masing menjadi konsultasi sendiri</source>
        <translation>Other questions from the same visit; each becomes a consultation of its own</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Konsultasi tersimpan</source>
        <translation>Consultation saved</translation>
    </message>
    <message>
        <source>Konsultasi berhasil disimpan</source>
        <translation>Consultation saved successfully</translation>
    </message>
    <message>
        <source>Nomor konsultasi:</source>
        <translation>Consultation number:</translation>
    </message>
    <message>
        <source>Nomor konsultasi yang baru</source>
        <translation>The new consultation numbers</translation>
    </message>
    <message>
        <source>Buka k&amp;onsultasi</source>
        <translation>Open c&amp;onsultation</translation>
    </message>
    <message>
        <source>Konsultasi ba&amp;ru</source>
        <translation>New consulta&amp;tion</translation>
    </message>
    <message>
        <source>Waktu diterima</source>
        <extracomment>The hits under the question being typed show two or three entries without scrolling. file path -&gt; the question row its file belongs to (files and the document request go to the question chosen in &quot;Untuk pertanyaan&quot;, not always to the first) When the officer began taking this visit: the first entry on the form (DOMAIN.md, service clock). An idle blank page is not a consultation, so None until then. Prints a slip PDF on the default printer; replaceable (tests).</extracomment>
        <translation>Time received</translation>
    </message>
    <message>
        <source>Standar layanan: {n} menit per pertanyaan</source>
        <translation>Service standard: {n} minutes per question</translation>
    </message>
    <message>
        <source>N&amp;omor tiket HAI CSO</source>
        <translation>HAI CSO ticket n&amp;umber</translation>
    </message>
    <message>
        <source>N&amp;omor/kontak referensi</source>
        <translation>Reference n&amp;umber/contact</translation>
    </message>
    <message>
        <source>Wajib untuk HAI CSO</source>
        <translation>Required for HAI CSO</translation>
    </message>
    <message>
        <source>Opsional, mis. nomor WA atau subjek e-mail</source>
        <translation>Optional, e.g. WhatsApp number or e-mail subject</translation>
    </message>
    <message>
        <source>Pertanyaan {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <source>Isi waktu diterima (mis. 30/11/2026 21:35)</source>
        <translation>Enter the time received (e.g. 30/11/2026 21:35)</translation>
    </message>
    <message>
        <source>Belum dimulai: waktu layanan dihitung sejak isian pertama</source>
        <translation>Not started: service time counts from the first entry</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Dimulai</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Pertanyaan {n}: </source>
        <translation>Question {n}: </translation>
    </message>
    <message>
        <source>Pilih dokumen pendukung</source>
        <translation>Choose supporting documents</translation>
    </message>
    <message>
        <source>Tanggal dan jam diterima tidak lengkap atau tidak ada; tulis seperti 30/11/2026 21:35.</source>
        <translation>The date and time received are incomplete or missing; write them as 30/11/2026 21:35.</translation>
    </message>
    <message>
        <source>Stakeholder: {s}</source>
        <translation>Stakeholder: {s}</translation>
    </message>
    <message>
        <source>Kanal: {c}</source>
        <translation>Channel: {c}</translation>
    </message>
    <message>
        <source>Diterima: {t}</source>
        <translation>Received: {t}</translation>
    </message>
    <message>
        <source>Referensi: {r}</source>
        <translation>Reference: {r}</translation>
    </message>
    <message>
        <source>  (batas layanan {t} sudah lewat)</source>
        <translation>  (service limit {t} has passed)</translation>
    </message>
    <message>
        <source>  (layanan selesai paling lambat {t})</source>
        <translation>  (service to finish by {t} at the latest)</translation>
    </message>
    <message>
        <source>Kunjungan ini sudah tersimpan pada penyimpanan sebelumnya; tidak ada data ganda yang dibuat.</source>
        <translation>This visit was already saved by the previous save; no duplicate data was created.</translation>
    </message>
    <message>
        <source>Lampiran tersimpan: {names}.</source>
        <translation>Attachments saved: {names}.</translation>
    </message>
    <message>
        <source>Permintaan dokumen dicatat; jam layanan dijeda.</source>
        <translation>Document request recorded; the service clock is paused.</translation>
    </message>
    <message>
        <source>{name} gagal disimpan: {why} Tambahkan dari jendela konsultasi.</source>
        <translation>{name} could not be saved: {why} Add it from the consultation window.</translation>
    </message>
    <message>
        <source> — di luar jam layanan, jam berhenti</source>
        <translation> — outside service hours, the clock stops</translation>
    </message>
    <message>
        <source>Lewat {time} dari {target} menit</source>
        <translation>{time} past the {target}-minute target</translation>
    </message>
    <message>
        <source>Sisa {time} dari {target} menit</source>
        <translation>{time} left of {target} minutes</translation>
    </message>
    <message>
        <source>{name}: tidak dapat dibaca ({detail}).</source>
        <translation>{name}: cannot be read ({detail}).</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{target} menit — mulai dihitung pada isian pertama</source>
        <translation>{target} minutes — counted from the first entry</translation>
    </message>
</context>
<context>
    <name>IntakeQuestion</name>
    <message>
        <source>Pertanyaan 1</source>
        <translation>Question 1</translation>
    </message>
    <message>
        <source>Sisa waktu layanan</source>
        <translation>Service time left</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hapus pertanyaan ini</source>
        <translation>Remove this question</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Pertanyaan atau masalah yang disampaikan stakeholder</source>
        <translation>The question or problem the stakeholder raised</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Opsional; bila kosong diambil dari pertanyaan</source>
        <translation>Optional; taken from the question when empty</translation>
    </message>
</context>
<context>
    <name>KanwilPage</name>
    <message>
        <source>Laporan gabungan KPPN</source>
        <translation>Consolidated KPPN report</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;Pilihan cepat</source>
        <translation>&amp;Quick choice</translation>
    </message>
    <message>
        <source>&amp;Dari</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;Sampai</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Buat laporan</source>
        <translation>&amp;Make report</translation>
    </message>
    <message>
        <source>Peringkat &amp;KPPN</source>
        <translation>&amp;KPPN ranking</translation>
    </message>
    <message>
        <source>&amp;Eskalasi melewati batas</source>
        <translation>&amp;Escalations past their deadline</translation>
    </message>
    <message>
        <source>&amp;Pratinjau &amp;&amp; cetak…</source>
        <translation>&amp;Preview &amp;&amp; print…</translation>
    </message>
    <message>
        <source>Simpan P&amp;DF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <source>Ekspor &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <source>Peringkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>KPPN</source>
        <translation>KPPN</translation>
    </message>
    <message>
        <source>Konsultasi</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Dieskalasi</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Layanan 20 menit</source>
        <translation>Service 20 minutes</translation>
    </message>
    <message>
        <source>Solusi 3 hari kerja</source>
        <translation>Solution 3 working days</translation>
    </message>
    <message>
        <source>Progres terlewat</source>
        <translation>Missed progress</translation>
    </message>
    <message>
        <source>Penanganan rata-rata</source>
        <translation>Average handling</translation>
    </message>
    <message>
        <source>Belum selesai</source>
        <translation>Not resolved</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Seksi</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Batas solusi</source>
        <translation>Solution limit</translation>
    </message>
    <message>
        <source>Lewat</source>
        <translation>Over by</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>&amp;Eskalasi melewati batas ({n})</source>
        <translation>&amp;Escalations past their deadline ({n})</translation>
    </message>
    <message>
        <source>&amp;Eskalasi melewati batas per {at} ({n})</source>
        <translation>&amp;Escalations past their deadline as of {at} ({n})</translation>
    </message>
    <message>
        <source>Menyusun laporan gabungan…</source>
        <translation>Making the consolidated report…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{first} – {last}&lt;/b&gt;, {offices} KPPN: {total} konsultasi, {resolved} selesai, {escalated} dieskalasi · kepatuhan 20 menit &lt;b&gt;{service}&lt;/b&gt; · solusi 3 hari kerja &lt;b&gt;{solution}&lt;/b&gt; · progres terlewat {missed} · belum selesai {backlog}</source>
        <translation>&lt;b&gt;{first} – {last}&lt;/b&gt;, {offices} KPPNs: {total} consultations, {resolved} resolved, {escalated} escalated · 20-minute compliance &lt;b&gt;{service}&lt;/b&gt; · 3-working-day solution &lt;b&gt;{solution}&lt;/b&gt; · missed progress {missed} · not resolved {backlog}</translation>
    </message>
    <message>
        <source>Laporan gabungan</source>
        <translation>Consolidated report</translation>
    </message>
</context>
<context>
    <name>KasiInboxPage</name>
    <message>
        <source>Eskalasi seksi</source>
        <translation>Section escalations</translation>
    </message>
    <message>
        <source>Konsultasi yang dieskalasi ke seksi Anda, diurutkan menurut batas waktu solusi (terdekat di atas).</source>
        <translation>Consultations escalated to your section, ordered by solution deadline (nearest on top).</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Akun Anda belum terhubung ke seksi mana pun. Minta administrator mengisi seksi Anda.</source>
        <translation>Your account is not linked to any section yet. Ask the administrator to set your section.</translation>
    </message>
    <message>
        <source>Klik dua kali atau tekan Enter pada baris untuk membuka konsultasi, memberi tanggapan, atau menyelesaikannya.</source>
        <translation>Double-click or press Enter on a row to open the consultation, respond, or resolve it.</translation>
    </message>
    <message>
        <source>Buk&amp;a konsultasi</source>
        <translation>Op&amp;en consultation</translation>
    </message>
    <message>
        <source>Progres ke stakeholder</source>
        <extracomment>The counts are taken again this often while the page shows (deadlines pass without events).</extracomment>
        <translation>Progress to the stakeholder</translation>
    </message>
    <message>
        <source>Batas solusi</source>
        <translation>Solution limit</translation>
    </message>
    <message>
        <source>{n} terlewat (terakhir {day})</source>
        <translation>{n} missed (last {day})</translation>
    </message>
    <message>
        <source>berikutnya {when}</source>
        <translation>next {when}</translation>
    </message>
    <message>
        <source>tepat waktu</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>Eskalasi {name}</source>
        <translation>Escalations — {name}</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Menunggu solusi: {n}</source>
        <translation>Waiting for a solution: {n}</translation>
    </message>
    <message>
        <source>Jatuh tempo hari ini: {n}</source>
        <translation>Due today: {n}</translation>
    </message>
    <message>
        <source>Terlambat: {n}</source>
        <translation>Late: {n}</translation>
    </message>
    <message>
        <source>Progres terlewat: {n}</source>
        <translation>Missed progress updates: {n}</translation>
    </message>
    <message>
        <source>Pada {n} konsultasi yang dieskalasi</source>
        <translation>In {n} escalated consultations</translation>
    </message>
</context>
<context>
    <name>KasiResponseDialog</name>
    <message>
        <source>Tanggapan Kepala Seksi</source>
        <translation>Head of Section&apos;s response</translation>
    </message>
    <message>
        <source>Konfirmasi atau arahan Kepala Seksi atas konsultasi yang dieskalasi.</source>
        <translation>The Head of Section&apos;s confirmation or direction on the escalated consultation.</translation>
    </message>
    <message>
        <source>&amp;Tanggapan</source>
        <translation>&amp;Response</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Perpustakaan peraturan, FAQ dan jawaban terdahulu</source>
        <translation>Library of regulations, FAQ and earlier answers</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>kata kunci atau pertanyaan, mis. pencairan SP2D, TUP, reset OTP SAKTI</source>
        <translation>keywords or a question, e.g. SP2D disbursement, TUP, SAKTI OTP reset</translation>
    </message>
    <message>
        <source>Jenis hasil</source>
        <translation>Result kind</translation>
    </message>
    <message>
        <source>Termasuk yang &amp;dicabut</source>
        <translation>Including &amp;revoked</translation>
    </message>
    <message>
        <source>Peraturan</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <source>Impor &amp;berkas…</source>
        <translation>Import &amp;files…</translation>
    </message>
    <message>
        <source>PDF (berlapis teks), DOCX atau TXT; semua berkas diimpor atau tidak sama sekali</source>
        <translation>PDF (with a text layer), DOCX or TXT; all files are imported or none</translation>
    </message>
    <message>
        <source>Impor &amp;folder…</source>
        <translation>Import &amp;folder…</translation>
    </message>
    <message>
        <source>Status peraturan yang dipilih</source>
        <translation>Status of the chosen regulation</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>oleh</source>
        <translation>by</translation>
    </message>
    <message>
        <source>Peraturan yang mengubah atau mencabut</source>
        <translation>Amending or revoking regulation</translation>
    </message>
    <message>
        <source>Simpan stat&amp;us</source>
        <translation>Save stat&amp;us</translation>
    </message>
    <message>
        <source>Kategori yang dilayani peraturan yang dipilih</source>
        <translation>Categories the selected regulation serves</translation>
    </message>
    <message>
        <source>Kategori peraturan</source>
        <translation>Regulation categories</translation>
    </message>
    <message>
        <source>Simpan &amp;kategori</source>
        <translation>Save &amp;categories</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Entri FAQ</source>
        <translation>FAQ entry</translation>
    </message>
    <message>
        <source>&amp;Pertanyaan</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>&amp;Jawaban</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <source>Dasar p&amp;asal</source>
        <translation>Basis &amp;article</translation>
    </message>
    <message>
        <source>mis. PMK 990 Tahun 2026 Pasal 3; PER-99/PB/2026 Pasal 3</source>
        <translation>e.g. PMK 990 of 2026 Article 3; PER-99/PB/2026 Article 3</translation>
    </message>
    <message>
        <source>Ti&amp;njau pada</source>
        <translation>Re&amp;view on</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>FAQ ba&amp;ru</source>
        <translation>&amp;New FAQ</translation>
    </message>
    <message>
        <source>&amp;Simpan FAQ</source>
        <translation>&amp;Save FAQ</translation>
    </message>
    <message>
        <source>Nonaktif&amp;kan</source>
        <translation>Deactivat&amp;e</translation>
    </message>
    <message>
        <source>Entri nonaktif disimpan beserta riwayatnya, tetapi tidak muncul di pencarian dan saran</source>
        <translation>An inactive entry is kept with its history but does not appear in search or suggestions</translation>
    </message>
    <message>
        <source>— tidak disebut —</source>
        <extracomment>The consultation whose answer the FAQ entry being written was made from. The last import asked for (paths, manifest), the details typed so far for its files without a recognised heading, and those still to ask for. Replaceable in tests: what the file dialogs would return.</extracomment>
        <translation>— not stated —</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Impor peraturan</source>
        <translation>Import regulations</translation>
    </message>
    <message>
        <source>Peraturan (*.pdf *.docx *.txt);;Manifest (*.csv)</source>
        <translation>Regulations (*.pdf *.docx *.txt);;Manifest (*.csv)</translation>
    </message>
    <message>
        <source>Impor folder peraturan</source>
        <translation>Import a folder of regulations</translation>
    </message>
    <message>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>{n} peraturan ({articles} pasal) diimpor: {names}.</source>
        <translation>{n} regulations ({articles} articles) imported: {names}.</translation>
    </message>
    <message>
        <source>Kepala peraturan tidak dikenali pada: {names}.</source>
        <translation>Regulation heading not recognised in: {names}.</translation>
    </message>
    <message>
        <source>Tidak ada yang diimpor:</source>
        <translation>Nothing was imported:</translation>
    </message>
    <message>
        <source>Impor dibatalkan; tidak ada yang diimpor.</source>
        <translation>Import cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Pilih peraturan di tabel lebih dahulu.</source>
        <translation>Choose a regulation in the table first.</translation>
    </message>
    <message>
        <source>FAQ {n} (versi {v})</source>
        <translation>FAQ {n} (version {v})</translation>
    </message>
    <message>
        <source>Entri FAQ baru</source>
        <translation>New FAQ entry</translation>
    </message>
    <message>
        <source>FAQ {n} tersimpan.</source>
        <translation>FAQ {n} saved.</translation>
    </message>
    <message>
        <source>Aktifkan &amp;kembali</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <source> — nonaktif</source>
        <translation> — inactive</translation>
    </message>
    <message>
        <source>FAQ {n} diaktifkan kembali.</source>
        <translation>FAQ {n} reactivated.</translation>
    </message>
    <message>
        <source>FAQ {n} dinonaktifkan: tidak muncul di pencarian dan saran.</source>
        <translation>FAQ {n} deactivated: it no longer appears in search or suggestions.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Jawaban di perpustakaan</source>
        <extracomment>The pause in typing after which the library is asked, in milliseconds. Fewer letters than this are not looked up. A past answer to turn into an FAQ entry: (consultation id, its question, its answer). The hits shown changed (tests and the tour wait for it).</extracomment>
        <translation>Answers in the library</translation>
    </message>
    <message>
        <source>Hasil perpustakaan</source>
        <extracomment>Filters of the search page: kinds (None: all) and whether revoked regulations show.</extracomment>
        <translation>Library results</translation>
    </message>
    <message>
        <source>Ketik pertanyaan: peraturan, FAQ dan jawaban terdahulu yang terkait muncul di sini.</source>
        <translation>Type a question: related regulations, FAQ entries and earlier answers appear here.</translation>
    </message>
    <message>
        <source>Mencari di perpustakaan…</source>
        <translation>Searching the library…</translation>
    </message>
    <message>
        <source>Tidak ada yang cocok di perpustakaan. Jawaban Anda akan menjadi jawaban terdahulu untuk pertanyaan berikutnya.</source>
        <translation>Nothing matches in the library. Your answer will become an earlier answer for the next questions.</translation>
    </message>
    <message>
        <source>Perpustakaan tidak dapat dibaca: {why}</source>
        <translation>The library cannot be read: {why}</translation>
    </message>
</context>
<context>
    <name>LimitNotices</name>
    <message>
        <source>{number} ({clock}, sejak {at})</source>
        <extracomment>How many numbers the band names before it says &quot;dan N lainnya&quot;.</extracomment>
        <translation>{number} ({clock}, since {at})</translation>
    </message>
    <message>
        <source>dan {n} lainnya</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <source>Batas waktu terlampaui, konsultasi belum selesai: </source>
        <translation>Deadline passed, consultation not resolved yet: </translation>
    </message>
    <message>
        <source>{n} konsultasi melewati batas waktu dan belum selesai: </source>
        <translation>{n} consultations are past their deadline and not resolved: </translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <source>Catatan aplikasi</source>
        <translation>Application log</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Berkas: {path}</source>
        <extracomment>Tests replace it to see what would have been opened.</extracomment>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Belum ada catatan. Berkas catatan akan ditulis di: {path}</source>
        <translation>No log yet. The log file will be written to: {path}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk — KPPN Desktop</source>
        <translation>Log in — KPPN Desktop</translation>
    </message>
    <message>
        <source>KPPN Desktop</source>
        <translation>KPPN Desktop</translation>
    </message>
    <message>
        <source>Layanan Konsultasi Stakeholder</source>
        <translation>Stakeholder Consultation Service</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Bahasa tampilan pada komputer ini</source>
        <translation>Display language on this computer</translation>
    </message>
    <message>
        <source>Layanan Konsultasi Stakeholder — {office}</source>
        <extracomment>The password is checked on a worker (argon2 and the database take their time).</extracomment>
        <translation>Stakeholder Consultation Service — {office}</translation>
    </message>
    <message>
        <source>Layar terkunci — KPPN Desktop</source>
        <translation>Screen locked — KPPN Desktop</translation>
    </message>
    <message>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Keluar akun</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter the user name and password.</translation>
    </message>
    <message>
        <source>Layar ini hanya dapat dibuka oleh pengguna yang sedang masuk.</source>
        <translation>Only the user who is logged in can unlock this screen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KPPN Desktop</source>
        <translation>KPPN Desktop</translation>
    </message>
    <message>
        <source>Menu utama</source>
        <translation>Main menu</translation>
    </message>
    <message>
        <source>Coba sambung lagi</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <source>Lihat</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Konsultasi</source>
        <translation>&amp;Consultation</translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Konsultasi &amp;baru</source>
        <translation>&amp;New consultation</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Cari konsultasi</source>
        <translation>&amp;Search consultations</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Kunci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Keluar akun</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>&amp;Tutup aplikasi</source>
        <translation>&amp;Quit application</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Tentang KPPN Desktop</source>
        <translation>&amp;About KPPN Desktop</translation>
    </message>
    <message>
        <source>KPPN Desktop — {name}</source>
        <extracomment>The page&apos;s class, imported when first asked for (the window opens without the pages&apos; modules; they are imported on a worker soon after, see ``_warm_up``). Imported on a worker a moment after the window opens, with the modules of the role&apos;s pages, so the first consultation window or page opens without a pause on the GUI thread.</extracomment>
        <translation>KPPN Desktop — {name}</translation>
    </message>
    <message>
        <source>Masuk sebagai: {name} ({role})</source>
        <extracomment>Set once leaving (logout, quit) was confirmed: the close that follows asks no more. The office&apos;s idle-lock setting, once read (on the worker).</extracomment>
        <translation>Logged in as: {name} ({role})</translation>
    </message>
    <message>
        <source>Basis data: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>folder jaringan: tidak aman</source>
        <translation>network folder: not safe</translation>
    </message>
    <message>
        <source>Sedang memproses</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>&amp;Catatan aplikasi</source>
        <translation>Application &amp;log</translation>
    </message>
    <message>
        <source>Cadangan terakhir: {at}</source>
        <translation>Last backup: {at}</translation>
    </message>
    <message>
        <source>Isian belum disimpan</source>
        <translation>Entries not saved</translation>
    </message>
    <message>
        <source>Konsultasi baru yang sedang diisi belum disimpan. Jika Anda keluar sekarang, isian itu hilang.</source>
        <translation>The new consultation being entered has not been saved. If you leave now, those entries are lost.</translation>
    </message>
    <message>
        <source>Keluar dan buang isian</source>
        <translation>Leave and discard the entries</translation>
    </message>
    <message>
        <source>Kembali ke isian</source>
        <translation>Back to the entries</translation>
    </message>
    <message>
        <source>Tentang KPPN Desktop</source>
        <translation>About KPPN Desktop</translation>
    </message>
    <message>
        <source>KPPN Desktop {version}
Layanan Konsultasi Stakeholder KPPN.
Basis data: {name}</source>
        <translation>KPPN Desktop {version}
KPPN Stakeholder Consultation Service.
Database: {name}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Ada kategori yang tidak dikenal.</source>
        <translation>Some categories are unknown.</translation>
    </message>
    <message>
        <source>Ada pasal yang tidak ada di perpustakaan.</source>
        <translation>Some articles are not in the library.</translation>
    </message>
    <message>
        <source>Administrasi</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Akan dianonimkan: {what}. Statistik dan laporan tidak berubah.</source>
        <translation>To be anonymised: {what}. Statistics and reports do not change.</translation>
    </message>
    <message>
        <source>Akhir periode</source>
        <translation>End of period</translation>
    </message>
    <message>
        <source>Akun Anda sudah dinonaktifkan oleh administrator; sesi ini diakhiri. Hubungi administrator bila ini keliru.</source>
        <translation>Your account has been deactivated by the administrator; this session is ended. Contact the administrator if this is a mistake.</translation>
    </message>
    <message>
        <source>Akun tidak ditemukan atau dinonaktifkan.</source>
        <translation>Account not found or deactivated.</translation>
    </message>
    <message>
        <source>Alamat basis data tidak dikenal: {scheme}. Gunakan sqlite:///… atau postgresql://…</source>
        <translation>Unknown database address: {scheme}. Use sqlite:///… or postgresql://…</translation>
    </message>
    <message>
        <source>Alamat e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Alamat e-mail harus memuat tepat satu tanda @.</source>
        <translation>The e-mail address must contain exactly one @ sign.</translation>
    </message>
    <message>
        <source>Alamat e-mail terlalu panjang.</source>
        <translation>The e-mail address is too long.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak boleh memuat spasi.</source>
        <translation>The e-mail address must not contain spaces.</translation>
    </message>
    <message>
        <source>Alamat e-mail wajib diisi.</source>
        <translation>The e-mail address is required.</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Alasan penghapusan</source>
        <translation>Reason for removal</translation>
    </message>
    <message>
        <source>Alasan wajib diisi.</source>
        <translation>The reason is required.</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan atau menurunkan peran akun Anda sendiri.</source>
        <translation>You cannot deactivate your own account or lower its role.</translation>
    </message>
    <message>
        <source>Awal periode</source>
        <translation>Start of period</translation>
    </message>
    <message>
        <source>Backlog akhir periode</source>
        <translation>Backlog at the end of the period</translation>
    </message>
    <message>
        <source>Bagian sebelum @ pada alamat e-mail tidak sah.</source>
        <translation>The part before the @ of the e-mail address is not valid.</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Basis data PostgreSQL tujuan tidak kosong. Buat basis data baru (createdb), lalu pulihkan ke sana.</source>
        <translation>The target PostgreSQL database is not empty. Create a new database (createdb), then restore into it.</translation>
    </message>
    <message>
        <source>Basis data contoh</source>
        <translation>Sample database</translation>
    </message>
    <message>
        <source>Basis data ini belum disiapkan: jalankan dahulu &apos;kppn-desktop setup&apos; untuk kantor pertamanya.</source>
        <translation>This database is not set up yet: first run &apos;kppn-desktop setup&apos; for its first office.</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka ({where}): {why}</source>
        <translation>The database cannot be opened ({where}): {why}</translation>
    </message>
    <message>
        <source>Basis data tujuan tidak kosong ({where}). Buat basis data baru, lalu salin ke sana.</source>
        <translation>The target database is not empty ({where}). Create a new database, then copy into it.</translation>
    </message>
    <message>
        <source>Basis data tujuan tidak kosong: {target}. Pulihkan ke basis data baru, lalu gunakan basis data itu.</source>
        <translation>The target database is not empty: {target}. Restore into a new database, then use that database.</translation>
    </message>
    <message>
        <source>Batas data</source>
        <translation>Data cut-off</translation>
    </message>
    <message>
        <source>Batas data tidak boleh di masa depan.</source>
        <translation>The cut-off may not be in the future.</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Batas waktu solusi (hari kerja)</source>
        <translation>Solution deadline (working days)</translation>
    </message>
    <message>
        <source>Batas waktu solusi: akhir jam layanan hari kerja ke-{days} setelah hari konsultasi ({day}), yaitu {close}, ditambah {waited} dalam jam layanan selama menunggu dokumen dari stakeholder: {deadline}.</source>
        <translation>Solution deadline: the end of service hours on working day {days} after the day of the consultation ({day}), that is {close}, plus {waited} of service hours spent waiting for documents from the stakeholder: {deadline}.</translation>
    </message>
    <message>
        <source>Batas waktu solusi: akhir jam layanan hari kerja ke-{days} setelah hari konsultasi ({day}), yaitu {deadline}.</source>
        <translation>Solution deadline: the end of service hours on working day {days} after the day of the consultation ({day}), that is {deadline}.</translation>
    </message>
    <message>
        <source>Belum ada konsultasi yang diterima.</source>
        <translation>No consultation has been received yet.</translation>
    </message>
    <message>
        <source>Belum berlaku</source>
        <translation>Not applicable yet</translation>
    </message>
    <message>
        <source>Belum mulai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Belum mulai: batas waktu {deadline}.</source>
        <translation>Not started: deadline {deadline}.</translation>
    </message>
    <message>
        <source>Belum pernah ada cadangan basis data.</source>
        <translation>The database has never been backed up.</translation>
    </message>
    <message>
        <source>Bendahara penerimaan</source>
        <translation>Receipts treasurer</translation>
    </message>
    <message>
        <source>Bendahara pengeluaran</source>
        <translation>Expenditure treasurer</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Berjalan: sisa {remaining} dalam jam layanan sampai batas waktu.</source>
        <translation>Running: {remaining} of service hours left until the deadline.</translation>
    </message>
    <message>
        <source>Berjalan: terpakai {used}, sisa {remaining}; batas waktu {deadline}.</source>
        <translation>Running: {used} used, {remaining} left; deadline {deadline}.</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Berkas cadangan tidak ditemukan: {path}</source>
        <translation>Backup file not found: {path}</translation>
    </message>
    <message>
        <source>Berkas kunci kantor terlalu pendek (bukan kunci dari &apos;kppn-desktop db key create&apos;): {where}</source>
        <translation>The office key file is too short (not a key made by &apos;kppn-desktop db key create&apos;): {where}</translation>
    </message>
    <message>
        <source>Berkas kunci kantor tidak ada: {where}</source>
        <translation>The office key file does not exist: {where}</translation>
    </message>
    <message>
        <source>Berkas kunci kantor tidak dapat dibaca atau isinya bukan kunci: {where}</source>
        <translation>The office key file cannot be read or does not hold a key: {where}</translation>
    </message>
    <message>
        <source>Berkas kunci kantor {where} dapat dibaca pengguna lain; batasi izinnya: chmod 600 &apos;{where}&apos;</source>
        <translation>The office key file {where} can be read by other users; restrict it: chmod 600 &apos;{where}&apos;</translation>
    </message>
    <message>
        <source>Berkas terlalu besar ({size} MB). Batas ukuran {limit} MB.</source>
        <translation>The file is too large ({size} MB). The size limit is {limit} MB.</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Bukti konsultasi</source>
        <translation>Consultation slip</translation>
    </message>
    <message>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Bulan lalu</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Bulan pengangkatan pada {label} (digit 13–14) harus 01–12.</source>
        <translation>The appointment month in {label} (digits 13–14) must be 01–12.</translation>
    </message>
    <message>
        <source>Cadangan SQLite dipulihkan ke basis data SQLite; untuk pindah ke PostgreSQL gunakan db copy.</source>
        <translation>A SQLite backup is restored into a SQLite database; to move to PostgreSQL use db copy.</translation>
    </message>
    <message>
        <source>Cadangan terakhir {at}, lebih dari {n} hari kerja yang lalu.</source>
        <translation>Last backup {at}, more than {n} working days ago.</translation>
    </message>
    <message>
        <source>Catat diterima</source>
        <translation>Record received</translation>
    </message>
    <message>
        <source>Catat progres</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Catatan penerimaan</source>
        <translation>Receipt note</translation>
    </message>
    <message>
        <source>Cetak bukti otomatis setelah pencatatan</source>
        <translation>Print the slip automatically after recording</translation>
    </message>
    <message>
        <source>Daftar konsultasi</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Daftar melewati batas waktu</source>
        <translation>Overdue list</translation>
    </message>
    <message>
        <source>Dari seksi</source>
        <translation>From section</translation>
    </message>
    <message>
        <source>Dasar</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Dasar peraturan</source>
        <translation>Regulation basis</translation>
    </message>
    <message>
        <source>Dasar standar pelayanan</source>
        <translation>Basis of the service standard</translation>
    </message>
    <message>
        <source>Data diubah</source>
        <translation>Data edited</translation>
    </message>
    <message>
        <source>Data pengguna telah diubah di workstation lain. Muat ulang.</source>
        <translation>The user&apos;s data was changed on another workstation. Reload.</translation>
    </message>
    <message>
        <source>Data pribadi dianonimkan (masa simpan berakhir)</source>
        <translation>Personal data anonymised (retention period ended)</translation>
    </message>
    <message>
        <source>Data pribadi konsultasi ini sudah dianonimkan karena masa simpannya berakhir; konsultasi ini tidak dapat diubah lagi.</source>
        <translation>The personal data of this consultation has been anonymised because its retention period ended; the consultation can no longer be changed.</translation>
    </message>
    <message>
        <source>Data stakeholder ini telah diubah di workstation lain. Isian Anda tidak hilang: muat ulang data, lalu simpan kembali.</source>
        <translation>This stakeholder&apos;s data was changed on another workstation. Your entries are not lost: reload the data, then save again.</translation>
    </message>
    <message>
        <source>Dianonimkan: {what}. Statistik dan laporan tidak berubah; riwayat mencatat anonimisasi ini.</source>
        <translation>Anonymised: {what}. Statistics and reports do not change; the history records this anonymisation.</translation>
    </message>
    <message>
        <source>Dibuka kembali</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Dieskalasi</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Dieskalasi ke Kepala Seksi</source>
        <translation>Escalated to the Head of Section</translation>
    </message>
    <message>
        <source>Dieskalasi ke Kepala Seksi {at}; waktu solusi mulai berjalan.</source>
        <translation>Escalated to the Head of Section {at}; the solution clock starts running.</translation>
    </message>
    <message>
        <source>Dihentikan {at} karena {how}.</source>
        <translation>Stopped {at} because it was {how}.</translation>
    </message>
    <message>
        <source>Dijeda</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Dijeda sejak {at}: menunggu dokumen dari stakeholder; batas waktu digeser sebanyak waktu menunggu.</source>
        <translation>Paused since {at}: waiting for documents from the stakeholder; the deadline moves by the time waited.</translation>
    </message>
    <message>
        <source>Dijeda sejak {start} karena {why}; dokumen belum diterima.</source>
        <translation>Paused since {start} because of {why}; documents not received yet.</translation>
    </message>
    <message>
        <source>Dijeda {start} karena {why}; dilanjutkan {end} ({minutes} dalam jam layanan tidak dihitung).</source>
        <translation>Paused {start} because of {why}; resumed {end} ({minutes} of service hours not counted).</translation>
    </message>
    <message>
        <source>Dijeda: terpakai {used}, sisa {remaining}; batas waktu dihitung kembali setelah dokumen diterima.</source>
        <translation>Paused: {used} used, {remaining} left; the deadline is computed again once the documents are received.</translation>
    </message>
    <message>
        <source>Diminta</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Diselesaikan</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Diselesaikan (Resolved)</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Diselesaikan {at}.</source>
        <translation>Resolved {at}.</translation>
    </message>
    <message>
        <source>Diselesaikan {at}; penyelesaian sekaligus menjadi informasi kepada stakeholder pada hari itu.</source>
        <translation>Resolved {at}; the resolution also informs the stakeholder that day.</translation>
    </message>
    <message>
        <source>Ditambahkan oleh</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Ditemukan {stakeholders} data stakeholder dan {consultations} konsultasi.</source>
        <translation>Found {stakeholders} stakeholder records and {consultations} consultations.</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Amended</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Dokumen (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;Semua berkas (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Dokumen PDF</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Dokumen Word</source>
        <translation>Word document</translation>
    </message>
    <message>
        <source>Dokumen pendukung diminta</source>
        <translation>Supporting documents requested</translation>
    </message>
    <message>
        <source>Dokumen pendukung diterima</source>
        <translation>Supporting documents received</translation>
    </message>
    <message>
        <source>Dokumen yang diminta</source>
        <translation>Documents requested</translation>
    </message>
    <message>
        <source>Domain alamat e-mail tidak sah (contoh: kemenkeu.go.id).</source>
        <translation>The domain of the e-mail address is not valid (example: kemenkeu.go.id).</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Entri FAQ ini baru saja diubah oleh pengguna lain; muat ulang lalu coba lagi.</source>
        <translation>This FAQ entry was just changed by another user; reload and try again.</translation>
    </message>
    <message>
        <source>Entri FAQ ini baru saja diubah oleh pengguna lain; muat ulang lalu ubah kembali.</source>
        <translation>This FAQ entry was just changed by another user; reload, then edit it again.</translation>
    </message>
    <message>
        <source>Entri FAQ ini nonaktif; aktifkan kembali sebelum mengubahnya.</source>
        <translation>This FAQ entry is inactive; reactivate it before changing it.</translation>
    </message>
    <message>
        <source>Entri FAQ tidak ditemukan.</source>
        <translation>FAQ entry not found.</translation>
    </message>
    <message>
        <source>Eskalasi</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Eskalasi dipindahkan ke seksi lain</source>
        <translation>Escalation moved to another section</translation>
    </message>
    <message>
        <source>Eskalasi seksi</source>
        <translation>Section escalations</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Format laporan gabungan: .pdf atau .xlsx.</source>
        <translation>Consolidated report format: .pdf or .xlsx.</translation>
    </message>
    <message>
        <source>Format laporan: .pdf, .csv atau .xlsx.</source>
        <translation>Report formats: .pdf, .csv or .xlsx.</translation>
    </message>
    <message>
        <source>Gambar JPEG</source>
        <translation>JPEG image</translation>
    </message>
    <message>
        <source>Gambar PNG</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>HAI CSO (OM SPAN/MyIntress)</source>
        <translation>HAI CSO (OM SPAN/MyIntress)</translation>
    </message>
    <message>
        <source>Halaman daftar tidak sah (kunci halaman).</source>
        <translation>Invalid list page (page key).</translation>
    </message>
    <message>
        <source>Hanya periode yang sudah berakhir yang dapat diterbitkan; angka periode berjalan masih berubah.</source>
        <translation>Only a period that has ended can be issued; the figures of the current period still change.</translation>
    </message>
    <message>
        <source>Hapus lampiran</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Hari kerja yang wajib progres: {due}; progres disampaikan: {updates} kali.</source>
        <translation>Working days requiring progress: {due}; progress updates given: {updates}.</translation>
    </message>
    <message>
        <source>Hari yang tidak dihitung: {days}.</source>
        <translation>Days not counted: {days}.</translation>
    </message>
    <message>
        <source>Hitung ulang sejak</source>
        <translation>Recount from</translation>
    </message>
    <message>
        <source>Instansi lain</source>
        <translation>Other agency</translation>
    </message>
    <message>
        <source>Isi berkas tidak terbaca.</source>
        <translation>The file&apos;s content cannot be read.</translation>
    </message>
    <message>
        <source>Isi lampiran “{name}” sudah dihapus karena masa simpan data pribadinya berakhir (UU 27/2022); riwayat menyimpan sidik SHA-256-nya.</source>
        <translation>The content of attachment “{name}” was deleted because the retention period of its personal data ended (UU 27/2022); the history keeps its SHA-256 fingerprint.</translation>
    </message>
    <message>
        <source>Isi lampiran “{name}” tidak cocok dengan sidik SHA-256-nya: berkas rusak atau telah diubah.</source>
        <translation>The content of attachment “{name}” does not match its SHA-256 fingerprint: the file is damaged or was changed.</translation>
    </message>
    <message>
        <source>Isi sedikitnya satu pertanyaan.</source>
        <translation>Enter at least one question.</translation>
    </message>
    <message>
        <source>Isi sedikitnya satu: nama, telepon atau e-mail orang yang meminta datanya.</source>
        <translation>Fill in at least one: the name, phone or e-mail of the person asking for their data.</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Jam</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Jam khusus tidak ditemukan.</source>
        <translation>Special hours not found.</translation>
    </message>
    <message>
        <source>Jam layanan</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>Jam tutup harus sesudah jam buka.</source>
        <translation>The closing time must be after the opening time.</translation>
    </message>
    <message>
        <source>Jawaban</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Jawaban terdahulu</source>
        <translation>Earlier answer</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Judul (tentang …) wajib diisi, paling sedikit 5 huruf.</source>
        <translation>The title (about …) is required, at least 5 letters.</translation>
    </message>
    <message>
        <source>Judul paling panjang 300 karakter.</source>
        <translation>The title may have at most 300 characters.</translation>
    </message>
    <message>
        <source>Jumlah konsultasi per hari</source>
        <translation>Consultations per day</translation>
    </message>
    <message>
        <source>KPA</source>
        <translation>KPA</translation>
    </message>
    <message>
        <source>KPPN dengan kode itu tidak ada.</source>
        <translation>There is no KPPN with that code.</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Kantor Anda bukan Kanwil: tidak ada KPPN yang dapat dipantau.</source>
        <translation>Your office is not a Kanwil: there are no KPPNs to monitor.</translation>
    </message>
    <message>
        <source>Kanwil dengan kode itu tidak ada.</source>
        <translation>There is no Kanwil with that code.</translation>
    </message>
    <message>
        <source>Kanwil tidak ditemukan.</source>
        <translation>Kanwil not found.</translation>
    </message>
    <message>
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh berisi karakter kontrol.</source>
        <translation>The password must not contain control characters.</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kategori tidak ditemukan.</source>
        <translation>Category not found.</translation>
    </message>
    <message>
        <source>Kemarin</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Kepala Kantor</source>
        <translation>Head of Office</translation>
    </message>
    <message>
        <source>Kepala Seksi</source>
        <translation>Head of Section</translation>
    </message>
    <message>
        <source>Kepala Seksi harus memiliki seksi.</source>
        <translation>A Head of Section must have a section.</translation>
    </message>
    <message>
        <source>Kepatuhan penyelesaian 3 hari kerja</source>
        <translation>Compliance with the 3-working-day solution</translation>
    </message>
    <message>
        <source>Kepatuhan per hari</source>
        <translation>Compliance per day</translation>
    </message>
    <message>
        <source>Kepatuhan waktu layanan 20 menit</source>
        <translation>Compliance with the 20-minute service time</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decree</translation>
    </message>
    <message>
        <source>Kertas A4</source>
        <translation>A4 paper</translation>
    </message>
    <message>
        <source>Kertas A5</source>
        <translation>A5 paper</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Kode BA</source>
        <translation>BA code</translation>
    </message>
    <message>
        <source>Kode KPPN</source>
        <translation>KPPN code</translation>
    </message>
    <message>
        <source>Kode jenis kelamin pada {label} (digit 15) harus 1 atau 2.</source>
        <translation>The sex code in {label} (digit 15) must be 1 or 2.</translation>
    </message>
    <message>
        <source>Kode kantor sudah dipakai.</source>
        <translation>The office code is already in use.</translation>
    </message>
    <message>
        <source>Kode satker</source>
        <translation>Work unit code</translation>
    </message>
    <message>
        <source>Kode satker wajib diisi untuk stakeholder satker.</source>
        <translation>The work unit code is required for a work unit stakeholder.</translation>
    </message>
    <message>
        <source>Kode seksi</source>
        <translation>Section code</translation>
    </message>
    <message>
        <source>Kode seksi sudah dipakai.</source>
        <translation>The section code is already in use.</translation>
    </message>
    <message>
        <source>Kode seksi wajib diisi.</source>
        <translation>The section code is required.</translation>
    </message>
    <message>
        <source>Kode verifikasi {code} tidak terdaftar di basis data ini.</source>
        <translation>Verification code {code} is not registered in this database.</translation>
    </message>
    <message>
        <source>Kode verifikasi {code} tidak terdaftar.</source>
        <translation>Verification code {code} is not registered.</translation>
    </message>
    <message>
        <source>Konsultasi baru</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <source>Konsultasi berstatus “{state}” tidak dapat {action}.</source>
        <translation>A consultation in state “{state}” does not allow this: {action}.</translation>
    </message>
    <message>
        <source>Konsultasi diterima</source>
        <translation>Consultation received</translation>
    </message>
    <message>
        <source>Konsultasi diterima {at}.</source>
        <translation>Consultation received {at}.</translation>
    </message>
    <message>
        <source>Konsultasi ini bukan untuk seksi Anda.</source>
        <translation>This consultation is not for your section.</translation>
    </message>
    <message>
        <source>Konsultasi ini sudah berada di seksi tersebut; pilih seksi lain.</source>
        <translation>This consultation is already with that section; choose another section.</translation>
    </message>
    <message>
        <source>Konsultasi nomor {number} tidak ditemukan.</source>
        <translation>Consultation number {number} was not found.</translation>
    </message>
    <message>
        <source>Konsultasi tidak ditemukan.</source>
        <translation>Consultation not found.</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Kunci kantor sudah ada: {where}. Kunci lama tidak ditimpa: titik periksa yang ditandatanganinya hanya dapat diperiksa dengannya.</source>
        <translation>The office key already exists: {where}. The old key is not overwritten: the checkpoints it signed can only be checked with it.</translation>
    </message>
    <message>
        <source>Kunci kantor tidak dapat dibuat di {where}: {why}</source>
        <translation>The office key cannot be created in {where}: {why}</translation>
    </message>
    <message>
        <source>Kunci layar setelah menganggur (menit)</source>
        <translation>Lock the screen after being idle (minutes)</translation>
    </message>
    <message>
        <source>Kunjungan tidak ditemukan.</source>
        <translation>Visit not found.</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Lampiran dihapus</source>
        <translation>Attachment removed</translation>
    </message>
    <message>
        <source>Lampiran ditambahkan</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <source>Lampiran ini sudah dihapus.</source>
        <translation>This attachment has already been removed.</translation>
    </message>
    <message>
        <source>Lampiran tidak ditemukan.</source>
        <translation>Attachment not found.</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Laporan gabungan</source>
        <translation>Consolidated report</translation>
    </message>
    <message>
        <source>Laporan progres terlewat</source>
        <translation>Missed progress updates</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Layanan ({n} menit)</source>
        <translation>Service ({n} minutes)</translation>
    </message>
    <message>
        <source>Lembar kerja Excel</source>
        <translation>Excel spreadsheet</translation>
    </message>
    <message>
        <source>Masa simpan (tahun)</source>
        <translation>Retention period (years)</translation>
    </message>
    <message>
        <source>Masa simpan data pribadi (tahun)</source>
        <translation>Personal data retention period (years)</translation>
    </message>
    <message>
        <source>Masih ada permintaan dokumen yang belum diterima.</source>
        <translation>There are still document requests not received.</translation>
    </message>
    <message>
        <source>Masyarakat umum</source>
        <translation>General public</translation>
    </message>
    <message>
        <source>Menunggu dokumen</source>
        <translation>Waiting for documents</translation>
    </message>
    <message>
        <source>Menunggu dokumen dari stakeholder {start} sampai {stop} ({minutes} dalam jam layanan): batas waktu digeser.</source>
        <translation>Waiting for documents from the stakeholder {start} to {stop} ({minutes} of service hours): the deadline moves.</translation>
    </message>
    <message>
        <source>Minta dokumen</source>
        <translation>Request documents</translation>
    </message>
    <message>
        <source>Mulai dilayani</source>
        <translation>Service started</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nama berkas</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Nama berkas harus berupa teks.</source>
        <translation>The file name must be text.</translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Nama kategori</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>Nama kategori sudah dipakai.</source>
        <translation>The category name is already in use.</translation>
    </message>
    <message>
        <source>Nama kategori wajib diisi.</source>
        <translation>The category name is required.</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Nama pengguna 3–60 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>User name of 3–60 characters: lower-case letters, digits, dots, underscores or hyphens.</translation>
    </message>
    <message>
        <source>Nama pengguna sudah dipakai.</source>
        <translation>The user name is already in use.</translation>
    </message>
    <message>
        <source>Nama peran: huruf kecil, angka dan garis bawah, diawali huruf, paling panjang 63 (mis. kppn_app).</source>
        <translation>Role name: lower-case letters, digits and underscores, starting with a letter, at most 63 (e.g. kppn_app).</translation>
    </message>
    <message>
        <source>Nama seksi</source>
        <translation>Section name</translation>
    </message>
    <message>
        <source>Nama seksi wajib diisi.</source>
        <translation>The section name is required.</translation>
    </message>
    <message>
        <source>Nama stakeholder wajib diisi.</source>
        <translation>The stakeholder&apos;s name is required.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Nomor konsultasi</source>
        <translation>Consultation number</translation>
    </message>
    <message>
        <source>Nomor peraturan paling panjang 60 karakter.</source>
        <translation>The regulation number may have at most 60 characters.</translation>
    </message>
    <message>
        <source>Nomor peraturan wajib diisi, mis. 62 atau PER-7/PB/2024.</source>
        <translation>The regulation number is required, e.g. 62 or PER-7/PB/2024.</translation>
    </message>
    <message>
        <source>Nomor telepon</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Nomor telepon hanya boleh berisi angka, spasi, tanda -, dan + di depan.</source>
        <translation>The phone number may contain only digits, spaces, - signs and a leading +.</translation>
    </message>
    <message>
        <source>Nomor telepon harus nomor Indonesia (+62).</source>
        <translation>The phone number must be an Indonesian number (+62).</translation>
    </message>
    <message>
        <source>Nomor telepon kontak person wajib diisi.</source>
        <translation>The contact person&apos;s phone number is required.</translation>
    </message>
    <message>
        <source>Nomor telepon tidak sah. Contoh: 0812 3456 7890 atau 0411 123456.</source>
        <translation>The phone number is not valid. Example: 0812 3456 7890 or 0411 123456.</translation>
    </message>
    <message>
        <source>Nomor telepon wajib diisi.</source>
        <translation>The phone number is required.</translation>
    </message>
    <message>
        <source>Nomor tiket HAI CSO wajib diisi.</source>
        <translation>The HAI CSO ticket number is required.</translation>
    </message>
    <message>
        <source>Nomor tiket/referensi</source>
        <translation>Ticket/reference number</translation>
    </message>
    <message>
        <source>Nomor urut pada {label} (digit 16–18) harus 001–999.</source>
        <translation>The serial number in {label} (digits 16–18) must be 001–999.</translation>
    </message>
    <message>
        <source>Nota Dinas</source>
        <translation>Memorandum</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Operator SAKTI</source>
        <translation>SAKTI operator</translation>
    </message>
    <message>
        <source>PPK</source>
        <translation>PPK</translation>
    </message>
    <message>
        <source>PPSPM</source>
        <translation>PPSPM</translation>
    </message>
    <message>
        <source>Pasal</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Pasal peraturan</source>
        <translation>Regulation article</translation>
    </message>
    <message>
        <source>Pasal tidak ditemukan di perpustakaan.</source>
        <translation>Article not found in the library.</translation>
    </message>
    <message>
        <source>Pasal yang dipilih tidak ada lagi di perpustakaan.</source>
        <translation>The chosen article is no longer in the library.</translation>
    </message>
    <message>
        <source>Pegawai/pensiunan</source>
        <translation>Employee/pensioner</translation>
    </message>
    <message>
        <source>Pemakaian perpustakaan peraturan</source>
        <translation>Use of the regulation library</translation>
    </message>
    <message>
        <source>Pemantau Kanwil</source>
        <translation>Kanwil monitor</translation>
    </message>
    <message>
        <source>Pemerintah daerah</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>Pemerintah desa</source>
        <translation>Village government</translation>
    </message>
    <message>
        <source>Pengaturan &apos;{name}&apos; tidak dikenal pada URL PostgreSQL; yang dapat dipakai: {known}</source>
        <translation>Setting &apos;{name}&apos; is not known in a PostgreSQL URL; the ones that can be used: {known}</translation>
    </message>
    <message>
        <source>Pengguna tidak ditemukan.</source>
        <translation>User not found.</translation>
    </message>
    <message>
        <source>Penyelesaian eskalasi per seksi</source>
        <translation>Escalations solved per section</translation>
    </message>
    <message>
        <source>Penyelesaian setelah batas waktu tidak menghapus keterlambatan.</source>
        <translation>Resolving after the deadline does not remove the delay.</translation>
    </message>
    <message>
        <source>Penyiapan awal sudah dilakukan.</source>
        <translation>The first-time setup has already been done.</translation>
    </message>
    <message>
        <source>Peran Kanwil hanya untuk pengguna Kanwil.</source>
        <translation>The Kanwil role is only for Kanwil users.</translation>
    </message>
    <message>
        <source>Peran aplikasi hanya ada di PostgreSQL; basis data SQLite dilindungi oleh izin berkasnya.</source>
        <translation>Application roles exist only on PostgreSQL; a SQLite database is protected by its file permissions.</translation>
    </message>
    <message>
        <source>Peran aplikasi harus lain dari pemilik basis data.</source>
        <translation>The application role must differ from the database owner.</translation>
    </message>
    <message>
        <source>Peran atau seksi Anda baru saja diubah oleh administrator. Masuk kembali untuk melanjutkan dengan hak yang baru.</source>
        <translation>Your role or section was just changed by the administrator. Log in again to continue with the new rights.</translation>
    </message>
    <message>
        <source>Peran ini tidak ada di Kanwil.</source>
        <translation>A Kanwil has no such role.</translation>
    </message>
    <message>
        <source>Peran pada satker tidak dikenal.</source>
        <translation>Unknown role in the work unit.</translation>
    </message>
    <message>
        <source>Peran tidak dikenal.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <source>Peran {role} tidak berwenang {action}.</source>
        <translation>The role {role} may not {action}.</translation>
    </message>
    <message>
        <source>Peraturan</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <source>Peraturan Direktur Jenderal</source>
        <translation>Director General Regulation</translation>
    </message>
    <message>
        <source>Peraturan Menteri Keuangan</source>
        <translation>Minister of Finance Regulation</translation>
    </message>
    <message>
        <source>Peraturan Pemerintah</source>
        <translation>Government Regulation</translation>
    </message>
    <message>
        <source>Peraturan pengganti tidak ditemukan.</source>
        <translation>Replacing regulation not found.</translation>
    </message>
    <message>
        <source>Peraturan tidak ditemukan.</source>
        <translation>Regulation not found.</translation>
    </message>
    <message>
        <source>Peringkat menurut persentase konsultasi yang dijawab dalam standar waktu layanan (20 menit), lalu persentase eskalasi yang diselesaikan dalam 3 hari kerja, lalu jumlah konsultasi; kantor yang belum memiliki konsultasi yang dinilai di bawah.</source>
        <translation>Ranked by the share of consultations answered within the service standard (20 minutes), then the share of escalations solved within 3 working days, then the number of consultations; offices without judged consultations come last.</translation>
    </message>
    <message>
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Perpustakaan</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Petugas Layanan (CSO)</source>
        <translation>Service Officer (CSO)</translation>
    </message>
    <message>
        <source>Petunjuk Teknis</source>
        <translation>Technical Guideline</translation>
    </message>
    <message>
        <source>Pihak ketiga/supplier</source>
        <translation>Third party/supplier</translation>
    </message>
    <message>
        <source>Pilih jenis peraturan.</source>
        <translation>Choose the kind of regulation.</translation>
    </message>
    <message>
        <source>Pilih jenis stakeholder.</source>
        <translation>Choose the kind of stakeholder.</translation>
    </message>
    <message>
        <source>Pilih kanal konsultasi.</source>
        <translation>Choose the consultation channel.</translation>
    </message>
    <message>
        <source>Pilih kategori layanan.</source>
        <translation>Choose a service category.</translation>
    </message>
    <message>
        <source>Pilih sarana penyampaian progres.</source>
        <translation>Choose how the progress was delivered.</translation>
    </message>
    <message>
        <source>Pilih stakeholder atau isi data stakeholder baru.</source>
        <translation>Choose a stakeholder or enter a new stakeholder&apos;s details.</translation>
    </message>
    <message>
        <source>Pilih tanggal</source>
        <translation>Choose dates</translation>
    </message>
    <message>
        <source>Pilihan saringan tidak dikenal.</source>
        <translation>Unknown filter choice.</translation>
    </message>
    <message>
        <source>Pindahkan</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Profil kantor belum diisi.</source>
        <translation>The office profile has not been filled in.</translation>
    </message>
    <message>
        <source>Profil kantor belum diisi. Jalankan penyiapan awal.</source>
        <translation>The office profile has not been filled in. Run the first-time setup.</translation>
    </message>
    <message>
        <source>Profil kantor telah diubah di workstation lain. Muat ulang, lalu simpan kembali perubahan Anda.</source>
        <translation>The office profile was changed on another workstation. Reload, then save your changes again.</translation>
    </message>
    <message>
        <source>Program {name} tidak ditemukan: {hint}.</source>
        <translation>Program {name} not found: {hint}.</translation>
    </message>
    <message>
        <source>Progres</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Progres berikutnya paling lambat {at}.</source>
        <translation>Next progress update due by {at}.</translation>
    </message>
    <message>
        <source>Progres berkala</source>
        <translation>Regular progress</translation>
    </message>
    <message>
        <source>Progres disampaikan</source>
        <translation>Progress update given</translation>
    </message>
    <message>
        <source>Progres paling lambat setiap (hari kerja)</source>
        <translation>Progress at least every (working days)</translation>
    </message>
    <message>
        <source>Progres wajib disampaikan kepada stakeholder paling sedikit sekali setiap {every} hari kerja sejak dieskalasi {at}.</source>
        <translation>Progress must be given to the stakeholder at least once every {every} working days since the escalation {at}.</translation>
    </message>
    <message>
        <source>Revisi kalender</source>
        <translation>Calendar revision</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rincian per kanal</source>
        <translation>Breakdown by channel</translation>
    </message>
    <message>
        <source>Rincian per kategori</source>
        <translation>Breakdown by category</translation>
    </message>
    <message>
        <source>Rincian per petugas</source>
        <translation>Breakdown by officer</translation>
    </message>
    <message>
        <source>Rincian per seksi</source>
        <translation>Breakdown by section</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Satker</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Satker BLU</source>
        <translation>BLU work unit</translation>
    </message>
    <message>
        <source>Satker K/L</source>
        <translation>Ministry/agency work unit</translation>
    </message>
    <message>
        <source>Sebelumnya</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sedang dilayani</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Seksi</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Seksi tidak ditemukan.</source>
        <translation>Section not found.</translation>
    </message>
    <message>
        <source>Selesai (Resolved)</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Selesai pada kontak pertama</source>
        <translation>Resolved at first contact</translation>
    </message>
    <message>
        <source>Selesaikan</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Siklus</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Siklus baru dimulai karena konsultasi dibuka kembali {at}.</source>
        <translation>A new cycle started because the consultation was reopened {at}.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan tanggapan</source>
        <translation>Save response</translation>
    </message>
    <message>
        <source>Sisa / lewat</source>
        <translation>Left / over</translation>
    </message>
    <message>
        <source>Skema KPPN Desktop belum ada di basis data ini: jalankan dahulu &apos;kppn-desktop --db URL_PEMILIK db upgrade&apos;.</source>
        <translation>This database has no KPPN Desktop schema yet: first run &apos;kppn-desktop --db OWNER_URL db upgrade&apos;.</translation>
    </message>
    <message>
        <source>Skema basis data perlu diperbarui, tetapi peran ini tidak boleh mengubah skema (peran aplikasi). Pemilik basis data menjalankan: kppn-desktop --db URL_PEMILIK db upgrade</source>
        <translation>The database schema must be upgraded, but this role may not change the schema (the application role). The database owner runs: kppn-desktop --db OWNER_URL db upgrade</translation>
    </message>
    <message>
        <source>Solusi</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Solusi ({days} hari kerja)</source>
        <translation>Solution ({days} working days)</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Stakeholder tidak ditemukan.</source>
        <translation>Stakeholder not found.</translation>
    </message>
    <message>
        <source>Standar waktu layanan (menit)</source>
        <translation>Service time standard (minutes)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status peraturan tidak dikenal.</source>
        <translation>Unknown regulation status.</translation>
    </message>
    <message>
        <source>Struk 80 mm</source>
        <translation>80 mm receipt</translation>
    </message>
    <message>
        <source>Surat Edaran</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>Tahun ini</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Tahun lahir pada {label} (digit 1–4) harus antara {first} dan {last}.</source>
        <translation>The birth year in {label} (digits 1–4) must be between {first} and {last}.</translation>
    </message>
    <message>
        <source>Tahun pengangkatan pada {label} (digit 9–12) paling awal {year}, {age} tahun setelah tahun lahir.</source>
        <translation>The appointment year in {label} (digits 9–12) is {year} at the earliest, {age} years after the birth year.</translation>
    </message>
    <message>
        <source>Tahun-bulan pengangkatan pada {label} (digit 9–14) tidak boleh di masa depan.</source>
        <translation>The appointment year and month in {label} (digits 9–14) cannot be in the future.</translation>
    </message>
    <message>
        <source>Tanda terima hanya dapat dicetak untuk konsultasi yang sudah selesai.</source>
        <translation>A receipt can only be printed for a resolved consultation.</translation>
    </message>
    <message>
        <source>Tanda terima penyelesaian</source>
        <translation>Resolution receipt</translation>
    </message>
    <message>
        <source>Tanggal akhir</source>
        <translation>The end date</translation>
    </message>
    <message>
        <source>Tanggal akhir tidak boleh sebelum tanggal awal.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>Tanggal awal</source>
        <translation>The start date</translation>
    </message>
    <message>
        <source>Tanggal lahir pada {label} (digit 1–8) bukan tanggal yang sah.</source>
        <translation>The birth date in {label} (digits 1–8) is not a valid date.</translation>
    </message>
    <message>
        <source>Tanggal lahir pada {label} (digit 1–8) tidak boleh di masa depan.</source>
        <translation>The birth date in {label} (digits 1–8) cannot be in the future.</translation>
    </message>
    <message>
        <source>Tanggapan Kepala Seksi</source>
        <translation>Head of Section&apos;s response</translation>
    </message>
    <message>
        <source>Target layanan harus 1–600 menit.</source>
        <translation>The service target must be 1–600 minutes.</translation>
    </message>
    <message>
        <source>Target layanan {target}; hanya jam layanan kantor yang dihitung.</source>
        <translation>Service target {target}; only the office&apos;s service hours count.</translation>
    </message>
    <message>
        <source>Tatap muka</source>
        <translation>Face to face</translation>
    </message>
    <message>
        <source>Teks pencarian</source>
        <translation>Search text</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Tenggat / sisa waktu</source>
        <translation>Deadline / time left</translation>
    </message>
    <message>
        <source>Terlampaui</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Terlampaui: belum diselesaikan, {late}.</source>
        <translation>Breached: not resolved yet, {late}.</translation>
    </message>
    <message>
        <source>Terlampaui: diselesaikan {late}; keterlambatan tetap tercatat.</source>
        <translation>Breached: resolved {late}; the delay stays on record.</translation>
    </message>
    <message>
        <source>Terlampaui: terpakai {used}, melewati target {target} sebesar {overrun} (batas waktu {deadline}).</source>
        <translation>Breached: {used} used, over the {target} target by {overrun} (deadline {deadline}).</translation>
    </message>
    <message>
        <source>Terlampaui: terpakai {used}, melewati target {target} sebesar {overrun}.</source>
        <translation>Breached: {used} used, over the {target} target by {overrun}.</translation>
    </message>
    <message>
        <source>Terlampaui: {n} progres terlewat.</source>
        <translation>Breached: {n} progress updates missed.</translation>
    </message>
    <message>
        <source>Terpakai</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Terpenuhi</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Terpenuhi: diselesaikan sebelum batas waktu.</source>
        <translation>Met: resolved before the deadline.</translation>
    </message>
    <message>
        <source>Terpenuhi: terpakai {used} dari target {target}.</source>
        <translation>Met: {used} used of the {target} target.</translation>
    </message>
    <message>
        <source>Terpenuhi: tidak ada progres yang terlewat.</source>
        <translation>Met: no progress update missed.</translation>
    </message>
    <message>
        <source>Tidak ada basis data yang terbuka.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Tidak ada data pribadi yang masa simpannya berakhir: tidak ada konsultasi {when}.</source>
        <translation>No personal data has reached the end of its retention period: no consultation {when}.</translation>
    </message>
    <message>
        <source>Tidak ada data yang cocok dengan data pencarian.</source>
        <translation>No data matches the search details.</translation>
    </message>
    <message>
        <source>Tidak ada penutupan/pembukaan khusus pada tanggal itu.</source>
        <translation>No special closure or opening on that date.</translation>
    </message>
    <message>
        <source>Tidak ada permintaan dokumen yang menunggu.</source>
        <translation>No document request is waiting.</translation>
    </message>
    <message>
        <source>Tidak ada progres dalam {every} hari kerja yang berakhir pada: {days}.</source>
        <translation>No progress within {every} working days ending on: {days}.</translation>
    </message>
    <message>
        <source>Tidak ada progres pada hari kerja: {days}.</source>
        <translation>No progress on working days: {days}.</translation>
    </message>
    <message>
        <source>Tidak dapat tersambung sebagai pemilik basis data: {why}</source>
        <translation>Cannot connect as the database owner: {why}</translation>
    </message>
    <message>
        <source>Tinjau</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Ukuran kertas: receipt80, a5 atau a4.</source>
        <translation>Paper size: receipt80, a5 or a4.</translation>
    </message>
    <message>
        <source>Ukuran lampiran maksimal (byte)</source>
        <translation>Maximum attachment size (bytes)</translation>
    </message>
    <message>
        <source>Undang-Undang</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Waktu diterima lebih dari setahun yang lalu; periksa tanggal dan tahunnya.</source>
        <translation>The time received is more than a year ago; check the date and year.</translation>
    </message>
    <message>
        <source>Waktu diterima tidak boleh di masa depan.</source>
        <translation>The time received cannot be in the future.</translation>
    </message>
    <message>
        <source>Waktu harus antara tahun 2000 dan 2099.</source>
        <translation>The time must be between the years 2000 and 2099.</translation>
    </message>
    <message>
        <source>Waktu harus disertai zona waktu.</source>
        <translation>The time must include a time zone.</translation>
    </message>
    <message>
        <source>Waktu itu di luar jam layanan, sehingga waktu layanan mulai dihitung {at}.</source>
        <translation>That was outside service hours, so service time counts from {at}.</translation>
    </message>
    <message>
        <source>Waktu layanan mulai dihitung saat itu.</source>
        <translation>Service time counts from that moment.</translation>
    </message>
    <message>
        <source>Waktu mulai tidak boleh di masa depan.</source>
        <translation>The start time cannot be in the future.</translation>
    </message>
    <message>
        <source>Waktu penanganan persentil ke-90</source>
        <translation>Handling time, 90th percentile</translation>
    </message>
    <message>
        <source>Waktu penanganan rata-rata</source>
        <translation>Average handling time</translation>
    </message>
    <message>
        <source>Waktu tidak dikenali.</source>
        <translation>The time is not recognised.</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Zona waktu tidak dikenal (contoh: Asia/Makassar).</source>
        <translation>Unknown time zone (example: Asia/Makassar).</translation>
    </message>
    <message>
        <source>berkas, nomor dan judul wajib diisi</source>
        <translation>file, number and title are required</translation>
    </message>
    <message>
        <source>dieskalasi ke Kepala Seksi</source>
        <translation>escalated to the Head of Section</translation>
    </message>
    <message>
        <source>diselesaikan (Resolved)</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>diselesaikan sebelum {day} (masa simpan {years} tahun)</source>
        <translation>resolved before {day} (retention period {years} years)</translation>
    </message>
    <message>
        <source>isinya sama dengan {name} pada impor ini.</source>
        <translation>its content is the same as {name} in this import.</translation>
    </message>
    <message>
        <source>jenis &apos;{kind}&apos; tidak dikenal ({known})</source>
        <translation>type &apos;{kind}&apos; is not known ({known})</translation>
    </message>
    <message>
        <source>kategori</source>
        <translation>category</translation>
    </message>
    <message>
        <source>layanan 20 menit</source>
        <translation>20-minute service</translation>
    </message>
    <message>
        <source>manifest baris {n}</source>
        <translation>manifest line {n}</translation>
    </message>
    <message>
        <source>melewati batas waktu (di luar jam layanan)</source>
        <translation>past the deadline (outside service hours)</translation>
    </message>
    <message>
        <source>melihat konsultasi</source>
        <translation>view consultations</translation>
    </message>
    <message>
        <source>melihat laporan</source>
        <translation>view reports</translation>
    </message>
    <message>
        <source>melihat laporan gabungan KPPN di wilayah Kanwil</source>
        <translation>view the consolidated report of the Kanwil&apos;s KPPNs</translation>
    </message>
    <message>
        <source>memberi tanggapan Kepala Seksi</source>
        <translation>give the Head of Section&apos;s response</translation>
    </message>
    <message>
        <source>membuka kembali konsultasi</source>
        <translation>reopen consultations</translation>
    </message>
    <message>
        <source>memindahkan eskalasi ke seksi lain</source>
        <translation>move an escalation to another section</translation>
    </message>
    <message>
        <source>meminta dokumen pendukung</source>
        <translation>request supporting documents</translation>
    </message>
    <message>
        <source>menambah lampiran</source>
        <translation>add attachments</translation>
    </message>
    <message>
        <source>menambah pertanyaan</source>
        <translation>add questions</translation>
    </message>
    <message>
        <source>mencari di perpustakaan peraturan</source>
        <translation>search the regulation library</translation>
    </message>
    <message>
        <source>mencatat dokumen diterima</source>
        <translation>record documents received</translation>
    </message>
    <message>
        <source>mencatat konsultasi baru</source>
        <translation>record new consultations</translation>
    </message>
    <message>
        <source>mencatat progres</source>
        <translation>record progress</translation>
    </message>
    <message>
        <source>menerbitkan laporan</source>
        <translation>issue reports</translation>
    </message>
    <message>
        <source>mengelola data pribadi (anonimisasi dan permintaan akses)</source>
        <translation>manage personal data (anonymisation and access requests)</translation>
    </message>
    <message>
        <source>mengelola data stakeholder</source>
        <translation>manage stakeholder data</translation>
    </message>
    <message>
        <source>mengelola pengguna</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>mengelola perpustakaan peraturan dan FAQ</source>
        <translation>manage the regulation library and FAQ</translation>
    </message>
    <message>
        <source>mengelola profil dan kalender kantor</source>
        <translation>manage the office profile and calendar</translation>
    </message>
    <message>
        <source>mengelola seksi dan kategori</source>
        <translation>manage sections and categories</translation>
    </message>
    <message>
        <source>mengeskalasi ke Kepala Seksi</source>
        <translation>escalate to the Head of Section</translation>
    </message>
    <message>
        <source>menghapus lampiran</source>
        <translation>remove attachments</translation>
    </message>
    <message>
        <source>mengubah data konsultasi</source>
        <translation>edit consultation data</translation>
    </message>
    <message>
        <source>menunggu dokumen pendukung dari stakeholder</source>
        <translation>waiting for supporting documents from the stakeholder</translation>
    </message>
    <message>
        <source>menyelesaikan konsultasi</source>
        <translation>resolve consultations</translation>
    </message>
    <message>
        <source>mulai melayani</source>
        <translation>start service</translation>
    </message>
    <message>
        <source>peraturan yang sama dengan {name} pada impor ini.</source>
        <translation>the same regulation as {name} in this import.</translation>
    </message>
    <message>
        <source>pertanyaan</source>
        <translation>question</translation>
    </message>
    <message>
        <source>pg_dump gagal: {why}</source>
        <translation>pg_dump failed: {why}</translation>
    </message>
    <message>
        <source>pg_restore gagal: {why}</source>
        <translation>pg_restore failed: {why}</translation>
    </message>
    <message>
        <source>ringkasan</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>solusi 3 hari kerja</source>
        <translation>3-working-day solution</translation>
    </message>
    <message>
        <source>status &apos;{status}&apos; tidak dikenal</source>
        <translation>status &apos;{status}&apos; is not known</translation>
    </message>
    <message>
        <source>terlambat {minutes} dalam jam layanan</source>
        <translation>{minutes} late in service hours</translation>
    </message>
    <message>
        <source>tidak ada berkas PDF, DOCX atau TXT yang dipilih.</source>
        <translation>no PDF, DOCX or TXT file was chosen.</translation>
    </message>
    <message>
        <source>{at} · {kind}</source>
        <translation>{at} · {kind}</translation>
    </message>
    <message>
        <source>{at} · {kind}: {detail}</source>
        <translation>{at} · {kind}: {detail}</translation>
    </message>
    <message>
        <source>{consultations} konsultasi {when}, {stakeholders} stakeholder dan isi {files} berkas lampiran</source>
        <translation>{consultations} consultations {when}, {stakeholders} stakeholders and the content of {files} attachment files</translation>
    </message>
    <message>
        <source>{label} berubah.</source>
        <translation>{label} changed.</translation>
    </message>
    <message>
        <source>{label} harus 18 digit angka.</source>
        <translation>{label} must be 18 digits.</translation>
    </message>
    <message>
        <source>{label} harus antara tahun 2000 dan 2099.</source>
        <translation>{label} must be between the years 2000 and 2099.</translation>
    </message>
    <message>
        <source>{label} harus berupa bilangan bulat.</source>
        <translation>{label} must be a whole number.</translation>
    </message>
    <message>
        <source>{label} harus berupa teks.</source>
        <translation>{label} must be text.</translation>
    </message>
    <message>
        <source>{label} harus ya atau tidak.</source>
        <translation>{label} must be yes or no.</translation>
    </message>
    <message>
        <source>{label} harus {n} digit angka.</source>
        <translation>{label} must be {n} digits.</translation>
    </message>
    <message>
        <source>{label} maksimal {n}.</source>
        <translation>{label} is at most {n}.</translation>
    </message>
    <message>
        <source>{label} memuat karakter kontrol yang tidak sah.</source>
        <translation>{label} contains control characters that are not allowed.</translation>
    </message>
    <message>
        <source>{label} memuat karakter yang tidak sah.</source>
        <translation>{label} contains characters that are not valid.</translation>
    </message>
    <message>
        <source>{label} minimal {n}.</source>
        <translation>{label} is at least {n}.</translation>
    </message>
    <message>
        <source>{label} paling banyak {n} karakter.</source>
        <translation>{label} has at most {n} characters.</translation>
    </message>
    <message>
        <source>{label} tidak dikenali.</source>
        <translation>{label} is not recognised.</translation>
    </message>
    <message>
        <source>{label} wajib diisi, satu baris, paling banyak {n} karakter.</source>
        <translation>{label} is required: one line of at most {n} characters.</translation>
    </message>
    <message>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>{label}: untuk tiap hari (0 = Senin … 6 = Minggu) jam buka dan jam tutup HH:MM, jam tutup sesudah jam buka, atau kosong bila libur.</source>
        <translation>{label}: for each day (0 = Monday … 6 = Sunday) the opening and closing time HH:MM, closing after opening, or empty on a day off.</translation>
    </message>
    <message>
        <source>{label}: {old} → {new}</source>
        <translation>{label}: {old} → {new}</translation>
    </message>
    <message>
        <source>{met} sesuai, {breached} melebihi</source>
        <translation>{met} within, {breached} over</translation>
    </message>
    <message>
        <source>{met} sesuai, {breached} melebihi, {pending} belum dinilai</source>
        <translation>{met} within, {breached} over, {pending} not yet decided</translation>
    </message>
    <message>
        <source>… dan koreksi lain (lihat riwayat).</source>
        <translation>… and other corrections (see the history).</translation>
    </message>
</context>
<context>
    <name>OfficeProfileForm</name>
    <message>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Identitas kantor</source>
        <translation>Office identity</translation>
    </message>
    <message>
        <source>&amp;Kode KPPN</source>
        <translation>&amp;KPPN code</translation>
    </message>
    <message>
        <source>3 digit, mis. 121</source>
        <translation>3 digits, e.g. 121</translation>
    </message>
    <message>
        <source>T&amp;ipe kantor</source>
        <translation>Office t&amp;ype</translation>
    </message>
    <message>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <source>A2</source>
        <translation>A2</translation>
    </message>
    <message>
        <source>&amp;Nama singkat</source>
        <translation>&amp;Short name</translation>
    </message>
    <message>
        <source>mis. KPPN Majene</source>
        <translation>e.g. KPPN Majene</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>Kan&amp;wil</source>
        <translation>Regional &amp;office</translation>
    </message>
    <message>
        <source>Kepala kantor</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <source>Nama kepala kant&amp;or</source>
        <translation>Head of &amp;office&apos;s name</translation>
    </message>
    <message>
        <source>NI&amp;P kepala kantor</source>
        <translation>Head of office&apos;s NI&amp;P</translation>
    </message>
    <message>
        <source>18 digit</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>Alamat dan kontak</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <source>&amp;Alamat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Ko&amp;ta</source>
        <translation>Ci&amp;ty</translation>
    </message>
    <message>
        <source>&amp;Zona waktu</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <source>Asia/Jakarta</source>
        <translation>Asia/Jakarta</translation>
    </message>
    <message>
        <source>Asia/Pontianak</source>
        <translation>Asia/Pontianak</translation>
    </message>
    <message>
        <source>Asia/Makassar</source>
        <translation>Asia/Makassar</translation>
    </message>
    <message>
        <source>Asia/Jayapura</source>
        <translation>Asia/Jayapura</translation>
    </message>
    <message>
        <source>WITA</source>
        <translation>WITA</translation>
    </message>
    <message>
        <source>T&amp;elepon</source>
        <translation>T&amp;elephone</translation>
    </message>
    <message>
        <source>mis. 0422 21xxx</source>
        <translation>e.g. 0422 21xxx</translation>
    </message>
    <message>
        <source>Su&amp;rel (e-mail)</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Situs we&amp;b</source>
        <translation>We&amp;bsite</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Jam layanan khusus</source>
        <translation>Special service hours</translation>
    </message>
    <message>
        <source>Rentang tanggal</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>&amp;Dari tanggal</source>
        <translation>&amp;From date</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;Sampai tanggal</source>
        <translation>&amp;To date</translation>
    </message>
    <message>
        <source>&amp;Keterangan</source>
        <translation>&amp;Remarks</translation>
    </message>
    <message>
        <source>mis. Ramadan 1447 H</source>
        <translation>e.g. Ramadan 1447 H</translation>
    </message>
    <message>
        <source>Jam layanan pada rentang ini (hari yang tidak dicentang: tutup)</source>
        <translation>Service hours in this range (days left unticked: closed)</translation>
    </message>
    <message>
        <source>&amp;Tambahkan</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>PaperPreview</name>
    <message>
        <source>Pratinjau cetak — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Kata sandi &amp;lama</source>
        <translation>&amp;Old password</translation>
    </message>
    <message>
        <source>Kata sandi &amp;baru</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>Minimal 8 karakter. Sampaikan kata sandi baru kepada pengguna secara langsung; percobaan masuk yang gagal ikut dihapus.</source>
        <translation>At least 8 characters. Give the new password to the user in person; failed login attempts are cleared too.</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk &lt;b&gt;{name}&lt;/b&gt; ({username}).</source>
        <translation>New password for &lt;b&gt;{name}&lt;/b&gt; ({username}).</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Tanggal akhir tidak boleh sebelum tanggal awal.</source>
        <extracomment>The office&apos;s zone, read on the worker; until then the workstation&apos;s own clock.</extracomment>
        <translation>The end date cannot be before the start date.</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>Anonimisasi setelah masa simpan</source>
        <translation>Anonymisation after the retention period</translation>
    </message>
    <message>
        <source>Konsultasi yang diselesaikan sebelum batas masa simpan kehilangan data pribadinya (nama, kontak, pertanyaan, jawaban, catatan, isi lampiran). Statistik dan laporan tidak berubah; riwayat tetap utuh dan mencatatnya. Konsultasi yang masih terbuka tidak disentuh.</source>
        <translation>Consultations resolved before the retention cut-off lose their personal data (names, contacts, questions, answers, notes, attachment contents). Statistics and reports do not change; the history stays whole and records it. Open consultations are not touched.</translation>
    </message>
    <message>
        <source>&amp;Anonimkan…</source>
        <translation>&amp;Anonymise…</translation>
    </message>
    <message>
        <source>Permintaan akses subjek data</source>
        <translation>Data subject access request</translation>
    </message>
    <message>
        <source>Semua data seseorang sebagai JSON dan PDF. Isi yang diketahui; setiap isian harus cocok. Periksa identitas peminta lebih dahulu.</source>
        <translation>All of a person&apos;s data as JSON and PDF. Fill in what is known; every field must match. Check the requester&apos;s identity first.</translation>
    </message>
    <message>
        <source>Na&amp;ma</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Telepo&amp;n</source>
        <translation>Telepho&amp;ne</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Ekspor data &amp;orang ini…</source>
        <translation>Export this person&apos;s &amp;data…</translation>
    </message>
    <message>
        <source>Catatan pemrosesan data pribadi (UU 27/2022 Pasal 31)</source>
        <translation>Record of personal data processing (UU 27/2022 Article 31)</translation>
    </message>
    <message>
        <source>Simpan data pribadi ke folder</source>
        <translation>Save personal data to a folder</translation>
    </message>
    <message>
        <source>Menghitung data yang masa simpannya berakhir…</source>
        <translation>Counting the data whose retention period has ended…</translation>
    </message>
    <message>
        <source>Anonimkan data pribadi</source>
        <translation>Anonymise personal data</translation>
    </message>
    <message>
        <source>Data pribadi ini dihapus untuk selamanya dan tidak dapat dikembalikan. Lanjutkan?</source>
        <translation>This personal data is deleted for good and cannot be restored. Continue?</translation>
    </message>
    <message>
        <source>Anonimkan {n} konsultasi</source>
        <translation>Anonymise {n} consultations</translation>
    </message>
    <message>
        <source>Menganonimkan… Anda dapat terus bekerja.</source>
        <translation>Anonymising… You can keep working.</translation>
    </message>
    <message>
        <source>Isi sedikitnya satu: nama, telepon atau e-mail orang yang meminta datanya.</source>
        <translation>Fill in at least one: the name, phone or e-mail of the person asking for their data.</translation>
    </message>
    <message>
        <source>Mengumpulkan data…</source>
        <translation>Gathering data…</translation>
    </message>
    <message>
        <source>{message} Disimpan: {path}.json dan .pdf</source>
        <translation>{message} Saved: {path}.json and .pdf</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Profil ini tampil di kepala bukti konsultasi, tanda terima dan laporan. Zona waktu menentukan jam kantor untuk semua perhitungan waktu layanan.</source>
        <translation>This profile appears at the head of consultation slips, receipts and reports. The time zone sets the office hours for every service-time calculation.</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Simpan profil</source>
        <translation>&amp;Save profile</translation>
    </message>
    <message>
        <source>Profil kantor tersimpan.</source>
        <extracomment>Profile field -&gt; the widget&apos;s object name in admin_profile_form.ui.</extracomment>
        <translation>Office profile saved.</translation>
    </message>
    <message>
        <source>Profil kantor baru saja diubah di workstation lain</source>
        <translation>The office profile was just changed on another workstation</translation>
    </message>
    <message>
        <source> ({fields})</source>
        <translation> ({fields})</translation>
    </message>
    <message>
        <source>. Perubahan itu sudah dimuat; isian Anda tetap di layar.</source>
        <translation>. That change has been loaded; your entries stay on screen.</translation>
    </message>
    <message>
        <source> Isian Anda untuk {fields} akan menggantikan isian mereka.</source>
        <translation> Your entries for {fields} will replace theirs.</translation>
    </message>
    <message>
        <source> Periksa, lalu tekan Simpan profil sekali lagi.</source>
        <translation> Check, then press Save profile once more.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Catat progres</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <source>Catat progres yang disampaikan kepada stakeholder selama konsultasi dieskalasi.</source>
        <translation>Record the progress given to the stakeholder while the consultation is escalated.</translation>
    </message>
    <message>
        <source>&amp;Disampaikan melalui</source>
        <translation>&amp;Delivered via</translation>
    </message>
    <message>
        <source>&amp;Isi progres</source>
        <translation>&amp;Progress update</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Pertanyaan {n}</source>
        <extracomment>Under this many minutes left the clock turns amber (as a running service clock does in the lists).</extracomment>
        <translation>Question {n}</translation>
    </message>
    <message>
        <source>Hapus pertanyaan {n}</source>
        <translation>Remove question {n}</translation>
    </message>
    <message>
        <source>— pilih kategori layanan —</source>
        <translation>— choose a service category —</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Daftar konsultasi</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Jumlah konsultasi</source>
        <translation>Number of consultations</translation>
    </message>
    <message>
        <source>Pilihan daftar</source>
        <translation>List choice</translation>
    </message>
    <message>
        <source>&amp;Hari ini</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Konsultasi yang diterima hari ini</source>
        <translation>Consultations received today</translation>
    </message>
    <message>
        <source>&amp;Milik saya</source>
        <translation>&amp;Mine</translation>
    </message>
    <message>
        <source>Konsultasi yang saya catat</source>
        <translation>Consultations I recorded</translation>
    </message>
    <message>
        <source>Menunggu &amp;dokumen</source>
        <translation>Waiting for &amp;documents</translation>
    </message>
    <message>
        <source>Konsultasi yang menunggu dokumen dari stakeholder</source>
        <translation>Consultations waiting for documents from the stakeholder</translation>
    </message>
    <message>
        <source>Di&amp;eskalasi</source>
        <translation>&amp;Escalated</translation>
    </message>
    <message>
        <source>Konsultasi yang sedang dieskalasi ke Kepala Seksi</source>
        <translation>Consultations escalated to the Head of Section</translation>
    </message>
    <message>
        <source>Ter&amp;lambat</source>
        <translation>&amp;Late</translation>
    </message>
    <message>
        <source>Konsultasi belum selesai yang melewati batas waktunya</source>
        <translation>Unresolved consultations past their deadline</translation>
    </message>
    <message>
        <source>&amp;Semua</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <source>Semua konsultasi</source>
        <translation>All consultations</translation>
    </message>
    <message>
        <source>Cari dan saring</source>
        <translation>Search and filter</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Nomor, nama stakeholder, kode/nama satker, isi pertanyaan atau jawaban</source>
        <translation>Number, stakeholder name, work unit code/name, question or answer text</translation>
    </message>
    <message>
        <source>Kosongkan &amp;filter</source>
        <translation>Clear &amp;filters</translation>
    </message>
    <message>
        <source>Tan&amp;ggal diterima</source>
        <translation>Date &amp;received</translation>
    </message>
    <message>
        <source>da&amp;ri</source>
        <translation>fr&amp;om</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Ka&amp;nal</source>
        <translation>Cha&amp;nnel</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Kateg&amp;ori</source>
        <translation>Categ&amp;ory</translation>
    </message>
    <message>
        <source>&amp;Petugas</source>
        <translation>&amp;Officer</translation>
    </message>
    <message>
        <source>Seks&amp;i</source>
        <translation>Sect&amp;ion</translation>
    </message>
    <message>
        <source>Klik dua kali atau tekan Enter pada baris untuk membuka konsultasi.</source>
        <translation>Double-click or press Enter on a row to open the consultation.</translation>
    </message>
    <message>
        <source>Buk&amp;a konsultasi</source>
        <translation>Op&amp;en consultation</translation>
    </message>
    <message>
        <source>Semua kanal</source>
        <extracomment>Until the user picks a list, the page may choose one (&apos;Semua&apos; on a day off).</extracomment>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Belum selesai</source>
        <translation>Not resolved yet</translation>
    </message>
    <message>
        <source>Tanggal akhir tidak boleh sebelum tanggal awal.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source> (nonaktif)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Semua seksi</source>
        <translation>All sections</translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>teks “{text}”</source>
        <translation>text “{text}”</translation>
    </message>
    <message>
        <source>tanggal {a}–{b}</source>
        <translation>dates {a}–{b}</translation>
    </message>
    <message>
        <source>Filter aktif: {parts}</source>
        <translation>Active filter: {parts}</translation>
    </message>
    <message>
        <source>{n} konsultasi</source>
        <translation>{n} consultations</translation>
    </message>
    <message>
        <source>lebih dari {n} konsultasi</source>
        <translation>more than {n} consultations</translation>
    </message>
    <message>
        <source>Daftar gagal dimuat (tekan F5 untuk mencoba lagi)</source>
        <translation>The list could not be loaded (press F5 to try again)</translation>
    </message>
</context>
<context>
    <name>RegulationDetailsDialog</name>
    <message>
        <source>Data peraturan</source>
        <translation>Regulation details</translation>
    </message>
    <message>
        <source>&amp;Jenis</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Nomor</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>mis. 62 atau PER-7/PB/2024</source>
        <translation>e.g. 62 or PER-7/PB/2024</translation>
    </message>
    <message>
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>mis. 2023</source>
        <translation>e.g. 2023</translation>
    </message>
    <message>
        <source>J&amp;udul (tentang)</source>
        <translation>T&amp;itle (about)</translation>
    </message>
    <message>
        <source>Kepala peraturan pada berkas &lt;b&gt;{name}&lt;/b&gt; tidak dikenali (JENIS … NOMOR … TAHUN … TENTANG …). Isi datanya di bawah ini; pasal-pasalnya tetap dibaca dari berkas.</source>
        <translation>The regulation heading in &lt;b&gt;{name}&lt;/b&gt; was not recognised (KIND … NUMBER … YEAR … ABOUT …). Enter its details below; its articles are still read from the file.</translation>
    </message>
    <message>
        <source>— pilih jenis —</source>
        <translation>— choose a kind —</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>RemoveAttachmentDialog</name>
    <message>
        <source>Hapus lampiran</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Lampiran ditarik dengan alasan; catatan dan berkasnya tetap tersimpan dalam riwayat.</source>
        <translation>An attachment is withdrawn with a reason; its record and file stay in the history.</translation>
    </message>
    <message>
        <source>&amp;Alasan penghapusan</source>
        <translation>&amp;Reason for removal</translation>
    </message>
    <message>
        <source>Hapus lampiran “{name}”</source>
        <translation>Remove attachment “{name}”</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Buka kembali konsultasi</source>
        <translation>Reopen consultation</translation>
    </message>
    <message>
        <source>Konsultasi yang sudah selesai dibuka kembali sebagai siklus baru dengan waktu layanan baru; hasil siklus sebelumnya tetap tercatat.</source>
        <translation>A resolved consultation is reopened as a new cycle with a new service clock; the results of the previous cycle stay on record.</translation>
    </message>
    <message>
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Laporan layanan konsultasi</source>
        <translation>Consultation service report</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;Pilihan cepat</source>
        <translation>&amp;Quick choice</translation>
    </message>
    <message>
        <source>&amp;Dari</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;Sampai</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Buat laporan</source>
        <translation>&amp;Make report</translation>
    </message>
    <message>
        <source>&amp;Pratinjau &amp;&amp; cetak…</source>
        <translation>&amp;Preview &amp;&amp; print…</translation>
    </message>
    <message>
        <source>Simpan P&amp;DF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <source>Ekspor &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Ekspor &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <source>Simpan laporan periode yang sudah berakhir sebagai laporan resmi dengan kode verifikasi (Kepala Kantor)</source>
        <translation>Save the report of a period that has ended as an official report with a verification code (Head of Office)</translation>
    </message>
    <message>
        <source>&amp;Terbitkan…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <source>Menyusun laporan…</source>
        <extracomment>The report&apos;s pages in the window are drawn at this resolution: an A4 page about 1,000 pixels wide, its table text as large as the window&apos;s own (at 60 it was too small to read).</extracomment>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source> ({n} belum dinilai)</source>
        <translation> ({n} not yet judged)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{first} – {last}&lt;/b&gt;: {total} konsultasi, {resolved} selesai, {escalated} dieskalasi · kepatuhan 20 menit &lt;b&gt;{service}&lt;/b&gt;{service_pending} · solusi 3 hari kerja &lt;b&gt;{solution}&lt;/b&gt;{solution_pending} · progres terlewat {missed} · belum selesai {backlog}</source>
        <translation>&lt;b&gt;{first} – {last}&lt;/b&gt;: {total} consultations, {resolved} resolved, {escalated} escalated · 20-minute compliance &lt;b&gt;{service}&lt;/b&gt;{service_pending} · 3-working-day solution &lt;b&gt;{solution}&lt;/b&gt;{solution_pending} · missed progress updates {missed} · not yet resolved {backlog}</translation>
    </message>
    <message>
        <source>Terbitkan laporan periode {period}? Laporan disimpan di basis data dengan kode verifikasi dan catatan riwayat; siapa pun dapat memeriksanya kemudian.</source>
        <translation>Issue the report of period {period}? The report is stored in the database with a verification code and a history record; anyone can check it later.</translation>
    </message>
    <message>
        <source>Periode ini pernah diterbitkan dengan kode {code}.</source>
        <translation>This period was issued before with code {code}.</translation>
    </message>
    <message>
        <source>Perubahan sejak itu:</source>
        <translation>Changes since then:</translation>
    </message>
    <message>
        <source>Tidak ada angka yang berubah sejak itu.</source>
        <translation>No figure has changed since then.</translation>
    </message>
    <message>
        <source>Koreksi yang tercatat:</source>
        <translation>Corrections recorded:</translation>
    </message>
    <message>
        <source>Terbitkan laporan</source>
        <translation>Issue report</translation>
    </message>
    <message>
        <source>Terbitkan</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Laporan diterbitkan dengan kode verifikasi &lt;b&gt;{code}&lt;/b&gt;; tersimpan di basis data. Periksa kapan saja: &lt;tt&gt;kppn-desktop report verify BERKAS.pdf&lt;/tt&gt;</source>
        <translation>Report issued with verification code &lt;b&gt;{code}&lt;/b&gt;; stored in the database. Check it at any time: &lt;tt&gt;kppn-desktop report verify FILE.pdf&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Laporan layanan</source>
        <translation>Service report</translation>
    </message>
</context>
<context>
    <name>RequestDocumentsDialog</name>
    <message>
        <source>Minta dokumen pendukung</source>
        <translation>Request supporting documents</translation>
    </message>
    <message>
        <source>Waktu layanan dijeda sampai dokumen dari stakeholder diterima.</source>
        <translation>The service clock is paused until the documents from the stakeholder are received.</translation>
    </message>
    <message>
        <source>&amp;Dokumen yang diminta</source>
        <translation>&amp;Documents requested</translation>
    </message>
</context>
<context>
    <name>RerouteDialog</name>
    <message>
        <source>Pindahkan eskalasi ke seksi lain</source>
        <translation>Move the escalation to another section</translation>
    </message>
    <message>
        <source>Konsultasi berpindah ke kotak masuk Kepala Seksi tujuan. Batas waktu solusi dan jadwal progres tetap berjalan dari eskalasi semula.</source>
        <translation>The consultation moves to the inbox of the target Head of Section. The solution deadline and the progress schedule keep running from the original escalation.</translation>
    </message>
    <message>
        <source>Seksi sekarang</source>
        <translation>Current section</translation>
    </message>
    <message>
        <source>&amp;Seksi tujuan</source>
        <translation>&amp;Target section</translation>
    </message>
    <message>
        <source>&amp;Alasan pemindahan</source>
        <translation>&amp;Reason for the move</translation>
    </message>
    <message>
        <source>(tidak diketahui)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Selesaikan konsultasi</source>
        <translation>Resolve the consultation</translation>
    </message>
    <message>
        <source>Tuliskan jawaban yang diberikan kepada stakeholder. Konsultasi akan berstatus Selesai (Resolved).</source>
        <translation>Write the answer given to the stakeholder. The consultation becomes Resolved.</translation>
    </message>
    <message>
        <source>&amp;Jawaban</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <source>&amp;Dasar peraturan/juknis</source>
        <translation>&amp;Regulation/guideline basis</translation>
    </message>
    <message>
        <source>mis. nomor PMK/PER/SE dan pasalnya (boleh kosong)</source>
        <translation>e.g. the PMK/PER/SE number and its article (optional)</translation>
    </message>
    <message>
        <source>Cari di &amp;perpustakaan</source>
        <translation>Search the &amp;library</translation>
    </message>
    <message>
        <source>kata kunci, mis. pencairan SP2D atau TUP</source>
        <translation>keywords, e.g. SP2D disbursement or TUP</translation>
    </message>
    <message>
        <source>Dikutip dari perpustakaan</source>
        <extracomment>The article cited, while the regulation field still shows its citation.</extracomment>
        <translation>Quoted from the library</translation>
    </message>
    <message>
        <source>Diisi dari tanggapan Kepala Seksi ({name}); periksa sebelum menyelesaikan.</source>
        <translation>Filled in from the Head of Section&apos;s response ({name}); check before resolving.</translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <source>Seksi</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>&amp;Kode</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>mis. PDMS</source>
        <translation>e.g. PDMS</translation>
    </message>
    <message>
        <source>&amp;Nama seksi</source>
        <translation>&amp;Section name</translation>
    </message>
    <message>
        <source>&amp;Aktif</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <source>Tambah seksi</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>Ubah seksi</source>
        <translation>Edit section</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Penyiapan awal — KPPN Desktop</source>
        <translation>First-time setup — KPPN Desktop</translation>
    </message>
    <message>
        <source>Penyiapan awal KPPN Desktop</source>
        <translation>KPPN Desktop first-time setup</translation>
    </message>
    <message>
        <source>Langkah 1 dari 2: profil kantor</source>
        <translation>Step 1 of 2: office profile</translation>
    </message>
    <message>
        <source>Isian sudah berisi profil KPPN Majene. Sesuaikan bila kantor Anda berbeda; semuanya dapat diubah kemudian di menu Administrasi.</source>
        <translation>The form holds the profile of KPPN Majene. Adjust it if your office differs; everything can be changed later in the Administration menu.</translation>
    </message>
    <message>
        <source>Buat akun administrator pertama. Pengguna lain (petugas layanan, Kepala Seksi, Kepala Kantor) ditambahkan oleh administrator setelah masuk.</source>
        <translation>Create the first administrator account. Other users (service officers, Heads of Section, Head of Office) are added by the administrator after logging in.</translation>
    </message>
    <message>
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>huruf kecil, mis. admin</source>
        <translation>lower case, e.g. admin</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>Kata sandi minimal 8 karakter. Simpan baik-baik: akun ini mengelola pengguna, seksi, kalender dan profil kantor.</source>
        <translation>The password has at least 8 characters. Keep it safe: this account manages users, sections, the calendar and the office profile.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>◀ Ke&amp;mbali</source>
        <translation>◀ &amp;Back</translation>
    </message>
    <message>
        <source>Lan&amp;jut ▶</source>
        <translation>Ne&amp;xt ▶</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;Resolved</translation>
    </message>
    <message>
        <source>Nama pengguna selalu disimpan dengan huruf kecil.</source>
        <translation>User names are always stored in lower case.</translation>
    </message>
    <message>
        <source>Langkah 2 dari 2: administrator pertama</source>
        <translation>Step 2 of 2: first administrator</translation>
    </message>
    <message>
        <source>Ulangan kata sandi tidak sama dengan kata sandi.</source>
        <translation>The repeated password differs from the password.</translation>
    </message>
</context>
<context>
    <name>StakeholderSection</name>
    <message>
        <source>— pilih jenis —</source>
        <extracomment>Wait this long after the last key before searching, so typing stays smooth.</extracomment>
        <translation>— choose a kind —</translation>
    </message>
    <message>
        <source>— tidak ada —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Pencarian gagal.</source>
        <translation>The search failed.</translation>
    </message>
    <message>
        <source>Ketik sedikitnya 2 huruf atau angka; stakeholder baru diisi di bawah.</source>
        <translation>Type at least 2 letters or digits; a new stakeholder is entered below.</translation>
    </message>
    <message>
        <source>{n} ditemukan. Pilih dengan klik atau Enter.</source>
        <translation>{n} found. Choose with a click or Enter.</translation>
    </message>
    <message>
        <source>Tidak ditemukan. Isi data stakeholder baru di bawah.</source>
        <translation>Not found. Enter the new stakeholder&apos;s details below.</translation>
    </message>
    <message>
        <source>Satker: {s}</source>
        <translation>Work unit: {s}</translation>
    </message>
    <message>
        <source>Stakeholder terdaftar:</source>
        <translation>Registered stakeholder:</translation>
    </message>
    <message>
        <source>Stakeholder baru (tidak dipakai: stakeholder terdaftar dipilih)</source>
        <translation>New stakeholder (not used: a registered stakeholder is chosen)</translation>
    </message>
    <message>
        <source>Stakeholder terdaftar dipilih.</source>
        <translation>Registered stakeholder chosen.</translation>
    </message>
    <message>
        <source>Stakeholder baru</source>
        <translation>New stakeholder</translation>
    </message>
</context>
<context>
    <name>StandardTab</name>
    <message>
        <source>Semua angka standar pelayanan adalah pengaturan: nilai awalnya dari standar KEP-57/PB/2023 dan dapat disesuaikan bila standar berubah (mis. KEP-83/PB/2025). Perubahan berlaku untuk konsultasi berikutnya.</source>
        <translation>Every figure of the service standard is a setting: its initial value comes from standard KEP-57/PB/2023 and it can be adjusted when the standard changes (e.g. KEP-83/PB/2025). Changes apply to later consultations.</translation>
    </message>
    <message>
        <source>Standar pelayanan konsultasi</source>
        <translation>Consultation service standard</translation>
    </message>
    <message>
        <source>Standar &amp;waktu layanan</source>
        <translation>Service &amp;time standard</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Per pertanyaan, dihitung dalam menit jam kantor. Kategori dapat memiliki target sendiri.</source>
        <translation>Per question, counted in office-hour minutes. A category may have its own target.</translation>
    </message>
    <message>
        <source>Batas waktu s&amp;olusi</source>
        <translation>S&amp;olution deadline</translation>
    </message>
    <message>
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Sesudah hari konsultasi; jatuh tempo pada jam tutup hari kerja terakhir.</source>
        <translation>After the day of the consultation; due at the closing time of the last working day.</translation>
    </message>
    <message>
        <source>&amp;Progres paling lambat tiap</source>
        <translation>&amp;Progress at least every</translation>
    </message>
    <message>
        <source>&amp;Dasar standar</source>
        <translation>&amp;Basis of the standard</translation>
    </message>
    <message>
        <source>mis. KEP-57/PB/2023</source>
        <translation>e.g. KEP-57/PB/2023</translation>
    </message>
    <message>
        <source>Meja layanan dan data pribadi</source>
        <translation>Service desk and personal data</translation>
    </message>
    <message>
        <source>Ukuran &amp;lampiran maks.</source>
        <translation>Maximum &amp;attachment size</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Kunci layar setelah &amp;menganggur</source>
        <translation>Lock the screen after being &amp;idle for</translation>
    </message>
    <message>
        <source>Cetak bukti konsultasi &amp;otomatis setelah pencatatan</source>
        <translation>Print the consultation slip &amp;automatically after recording</translation>
    </message>
    <message>
        <source>Masa simpan data p&amp;ribadi</source>
        <translation>Personal data &amp;retention period</translation>
    </message>
    <message>
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Sesudah masa ini data pribadi stakeholder dihapus atau dianonimkan (UU 27/2022); statistik tetap ada.</source>
        <translation>After this period the stakeholders&apos; personal data is deleted or anonymised (UU 27/2022); the statistics remain.</translation>
    </message>
    <message>
        <source>&amp;Simpan pengaturan</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Tidak ada perubahan.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Memperbarui basis data</source>
        <translation>Upgrading the database</translation>
    </message>
    <message>
        <source>Basis data ini dibuat oleh versi KPPN Desktop yang lebih lama dan sedang diperbarui. Pada basis data besar ini dapat memakan beberapa menit. Jangan matikan komputer; bila terhenti, pembaruan dilanjutkan saat aplikasi dibuka kembali.</source>
        <translation>This database was made by an older version of KPPN Desktop and is being upgraded. On a large database this can take several minutes. Do not switch the computer off; if it stops, the upgrade goes on when the application is opened again.</translation>
    </message>
    <message>
        <source>Menyiapkan…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Menghitung ulang data turunan (jam layanan, jumlah laporan, pencarian)…</source>
        <translation>Recounting derived data (service clocks, report sums, search)…</translation>
    </message>
    <message>
        <source>Perubahan skema {name} ({n} dari {total})…</source>
        <translation>Schema change {name} ({n} of {total})…</translation>
    </message>
    <message>
        <source>Berjalan {time}</source>
        <translation>Running for {time}</translation>
    </message>
    <message>
        <source>kurang dari 1 menit</source>
        <translation>less than 1 minute</translation>
    </message>
    <message>
        <source>Pembaruan sedang berjalan; tunggu sampai selesai.</source>
        <translation>The upgrade is running; wait until it is done.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Data pengguna</source>
        <translation>User details</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>huruf kecil, mis. rina</source>
        <translation>lower case, e.g. rina</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>N&amp;IP / NI PPPK</source>
        <translation>N&amp;IP / NI PPPK</translation>
    </message>
    <message>
        <source>18 digit (boleh kosong)</source>
        <translation>18 digits (optional)</translation>
    </message>
    <message>
        <source>&amp;Peran</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Seksi</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>&amp;Aktif (boleh masuk)</source>
        <translation>&amp;Active (may log in)</translation>
    </message>
    <message>
        <source>Ulangan kata sandi tidak sama dengan kata sandi.</source>
        <translation>The repeated password differs from the password.</translation>
    </message>
    <message>
        <source>— tanpa seksi —</source>
        <translation>— no section —</translation>
    </message>
    <message>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>&amp;Tambahkan</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Ubah pengguna — {name}</source>
        <translation>Edit user — {name}</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Seksi (wajib)</source>
        <translation>&amp;Section (required)</translation>
    </message>
    <message>
        <source>Data terbaru di basis data: {name}, {role}, {state}. Isian Anda tetap di sini; tekan Simpan sekali lagi untuk menimpanya, atau Batal.</source>
        <translation>Latest data in the database: {name}, {role}, {state}. Your entries stay here; press Save once more to overwrite it, or Cancel.</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;Tambah pengguna…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Atur ulang &amp;kata sandi…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>Daftar pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Seksi</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>{n} pengguna, {a} aktif</source>
        <translation>{n} users, {a} active</translation>
    </message>
</context>
<context>
    <name>WeekHoursEditor</name>
    <message>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Jam buka Senin</source>
        <translation>Monday opening time</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Jam tutup Senin</source>
        <translation>Monday closing time</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Jam buka Selasa</source>
        <translation>Tuesday opening time</translation>
    </message>
    <message>
        <source>Jam tutup Selasa</source>
        <translation>Tuesday closing time</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Jam buka Rabu</source>
        <translation>Wednesday opening time</translation>
    </message>
    <message>
        <source>Jam tutup Rabu</source>
        <translation>Wednesday closing time</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Jam buka Kamis</source>
        <translation>Thursday opening time</translation>
    </message>
    <message>
        <source>Jam tutup Kamis</source>
        <translation>Thursday closing time</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Jam buka Jumat</source>
        <translation>Friday opening time</translation>
    </message>
    <message>
        <source>Jam tutup Jumat</source>
        <translation>Friday closing time</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Jam buka Sabtu</source>
        <translation>Saturday opening time</translation>
    </message>
    <message>
        <source>Jam tutup Sabtu</source>
        <translation>Saturday closing time</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Jam buka Minggu</source>
        <translation>Sunday opening time</translation>
    </message>
    <message>
        <source>Jam tutup Minggu</source>
        <translation>Sunday closing time</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Basis data sedang sibuk</source>
        <translation>The database is busy</translation>
    </message>
    <message>
        <source>Basis data tidak terjangkau</source>
        <translation>The database cannot be reached</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca atau ditulis. Isian Anda tidak hilang.

Rincian: {detail}</source>
        <translation>The file cannot be read or written. Your entries are not lost.

Details: {detail}</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dipakai</source>
        <translation>The file cannot be used</translation>
    </message>
    <message>
        <source>Data berubah</source>
        <translation>Data changed</translation>
    </message>
    <message>
        <source>KPPN Desktop berhenti tidak wajar pada sesi sebelumnya. Catatan kesalahannya tersimpan di:
{path}

Kirimkan berkas itu kepada petugas TI bila masalah berulang.</source>
        <translation>KPPN Desktop stopped abnormally in the previous session. Its error log is saved in:
{path}

Send that file to the IT officer if the problem recurs.</translation>
    </message>
    <message>
        <source>Kesalahan tak terduga</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Periksa isian</source>
        <translation>Check the entries</translation>
    </message>
    <message>
        <source>Sambungan ke basis data terputus. Isian Anda tidak hilang; simpan lagi setelah sambungan pulih.

Rincian: {detail}</source>
        <translation>The connection to the database was lost. Your entries are not lost; save again once the connection is back.

Details: {detail}</translation>
    </message>
    <message>
        <source>Sesi sebelumnya berhenti</source>
        <translation>The previous session stopped</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Isian Anda tidak hilang. Catatan kesalahan telah disimpan untuk petugas TI.

Rincian: {detail}</source>
        <translation>An unexpected error occurred. Your entries are not lost. An error log has been saved for the IT officer.

Details: {detail}</translation>
    </message>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <source>Workstation lain sedang menyimpan. Isian Anda tidak hilang; coba simpan lagi sebentar lagi.

Rincian: {detail}</source>
        <translation>Another workstation is saving. Your entries are not lost; try saving again in a moment.

Details: {detail}</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>kurang dari 1 menit</source>
        <translation>less than 1 minute</translation>
    </message>
    <message>
        <source>{h} jam {m} menit</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{n} jam</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>{n} menit</source>
        <translation>{n} min</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Printer tidak dapat dibuka.</source>
        <extracomment>A page this many times taller than wide is a receipt roll (80 mm), not a sheet (A4, A5: 1.41).</extracomment>
        <translation>The printer cannot be opened.</translation>
    </message>
    <message>
        <source>Simpan berkas</source>
        <translation>Save file</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Hanya angka 0–9 ({n} digit).</source>
        <extracomment>The signal that says the user changed each kind of input, by class name.</extracomment>
        <translation>Digits 0–9 only ({n} digits).</translation>
    </message>
    <message>
        <source>Tanggal dan jam kantor, mis. 30/11/2026 21:35</source>
        <translation>Office date and time, e.g. 30/11/2026 21:35</translation>
    </message>
</context>
</TS>
