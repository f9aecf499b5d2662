<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seksi &amp;&amp; kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jam layanan &amp;&amp; hari libur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tandar layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofil kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data pribadi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Jam layanan mingguan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan &amp;jam layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam khusus per rentang (mis. Ramadan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam layanan khusus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah jam k&amp;husus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus jam khusus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penutupan dan pembukaan khusus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tan&amp;ggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je&amp;nis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ala&amp;san</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Keputusan Kepala Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah &amp;hari khusus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus hari khusus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hari tidak bekerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termasuk Sabtu/Minggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup (libur tambahan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka (koreksi: hari kerja walau tercantum libur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libur nasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penutupan kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libur mingguan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: {national} libur nasional, {cuti} cuti bersama, {closure} penutupan kantor
ditambah {weekly} hari libur mingguan (Sabtu/Minggu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender berubah: jam layanan semua konsultasi dan jumlah laporan sedang dihitung ulang. Anda dapat terus bekerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dihitung ulang menurut kalender baru: {n} dari {total} konsultasi dikoreksi, juga jumlah laporannya (dicatat di riwayat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dihitung ulang: {total} konsultasi, tidak ada jam layanan yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>Seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah s&amp;eksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;bah seksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar kategori layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah &amp;kategori…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah k&amp;ategori…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urutan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} menit (standar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target kosong = standar kantor ({n} menit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Kategori layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standar kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urutan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aktif (dapat dipilih petugas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— tanpa seksi —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standar kantor ({n} menit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target layanan kosong (Standar kantor) mengikuti standar waktu layanan kantor, kini {n} menit. Isi bila jenis layanan ini memerlukan target sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah kategori layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah kategori layanan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBand</name>
    <message>
        <source>Sambungan ke basis data terputus ({db}). Isian yang sedang Anda ketik tetap ada; simpan lagi setelah sambungan pulih. Sambungan dicoba otomatis setiap 5 detik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mencoba menyambung…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationTableModel</name>
    <message>
        <source>Batas layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas solusi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di luar jam layanan jam berhenti; {note}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diselesaikan sesuai standar layanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melebihi standar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyelesaian melebihi standar layanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesuai standar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu layanan berhenti sementara selama menunggu dokumen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu solusi berhenti sementara selama menunggu dokumen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dijeda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lanjut {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lewat sejak {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lewat {n} hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lewat {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sisa {n} hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sisa {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationWindow</name>
    <message>
        <source>Konsultasi — KPPN Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontak person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mulai layani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selesaikan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beri jawaban dan tandai Selesai (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eskalasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teruskan ke Kepala Seksi (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pi&amp;ndahkan seksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindahkan eskalasi ke Kepala Seksi lain (salah seksi, atau seksinya belum memiliki Kepala Seksi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tanggapan Kasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minta &amp;dokumen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen dite&amp;rima…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buka kembali…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada tindakan yang dapat Anda lakukan pada konsultasi ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti konsultasi: struk 80 mm, A5 atau A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima penyelesaian (untuk konsultasi yang sudah selesai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;uat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muat ulang data konsultasi (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertanyaan dan jawaban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jawaban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam layanan, solusi dan progres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penjelasan (pilih baris di atas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penjelasan waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat konsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bu&amp;ka lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah &amp;lampiran…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hapus lampiran…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permintaan dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permintaan dokumen pendukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertanyaan dalam kunjungan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batas solusi terlampaui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batas layanan terlampaui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi {number} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>siklus {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref. {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belum ada Kepala Seksi aktif; pindahkan eskalasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertanyaan {n} · {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(belum dijawab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dasar peraturan/juknis: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siklus {n} — {name}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam solusi dan progres berjalan setelah konsultasi dieskalasi ke Kepala Seksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permintaan dokumen ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} belum diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada aplikasi untuk membuka berkas ini. Berkas disimpan di {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dihapus {time}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lewat {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sisa {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} progres disampaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} progres terlewat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} dari {target}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsReceivedDialog</name>
    <message>
        <source>Dokumen pendukung diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat bahwa dokumen yang diminta sudah diterima; waktu layanan berjalan kembali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catatan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lampirkan berkas yang diterima…</source>
        <extracomment>What could not be attached once saved (shown by the window beside its attachments).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Eskalasi ke Kepala Seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teruskan konsultasi kepada Kepala Seksi bila jawabannya perlu konfirmasi. Solusi wajib diberikan paling lambat 3 hari kerja, dengan progres berkala kepada kontak person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seksi tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alasan eskalasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kontak person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telepon kontak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. 0812 3456 7890</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessWarning</name>
    <message>
        <source>Seksi ini belum memiliki Kepala Seksi yang aktif: konsultasi ini tidak akan muncul di kotak masuk siapa pun. Pilih seksi lain, atau minta administrator menetapkan Kepala Seksinya.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Konsultasi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kanal dan waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;anal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;omor tiket/referensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waktu diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cari stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode satker, nama, NIP, atau nomor telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik sedikitnya 2 huruf atau angka; stakeholder baru diisi di bawah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil pencarian stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lepas pilihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batalkan pilihan dan isi stakeholder baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode &amp;satker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digit, mis. 999062</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ko&amp;de BA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 digit, mis. 015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama satke&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 digit (NIP atau NI PPPK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tele&amp;pon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0812…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen pendukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seret berkas ke halaman ini atau pilih Tambah berkas. Diterima: PDF, JPEG, PNG, Word, Excel. Lampiran disimpan pada pertanyaan yang dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untuk pertanyaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertanyaan tempat berkas dan permintaan dokumen disimpan. Pilih berkas di daftar untuk memindahkannya ke pertanyaan lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas yang akan dilampirkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamba&amp;h berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hap&amp;us berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen yan&amp;g diminta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opsional: dokumen yang harus dilengkapi stakeholder (jam layanan dijeda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah pertan&amp;yaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertanyaan lain dari kunjungan yang sama; masing-masing menjadi konsultasi sendiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi berhasil disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor konsultasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor konsultasi yang baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka k&amp;onsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi ba&amp;ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu diterima</source>
        <extracomment>file path -&gt; the question row its file belongs to (files and the document request go to the question chosen in &quot;Untuk pertanyaan&quot;, not always to the first) When the officer began taking this visit: the first entry on the form (DOMAIN.md, service clock). An idle blank page is not a consultation, so None until then. Prints a slip PDF on the default printer; replaceable (tests).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standar layanan: {n} menit per pertanyaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;omor tiket HAI CSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;omor/kontak referensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wajib untuk HAI CSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opsional, mis. nomor WA atau subjek e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertanyaan {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi waktu diterima (mis. 30/11/2026 21:35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum dimulai: waktu layanan dihitung sejak isian pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertanyaan {n}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih dokumen pendukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal dan jam diterima tidak lengkap atau tidak ada; tulis seperti 30/11/2026 21:35.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kanal: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diterima: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referensi: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (batas layanan {t} sudah lewat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (layanan selesai paling lambat {t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunjungan ini sudah tersimpan pada penyimpanan sebelumnya; tidak ada data ganda yang dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran tersimpan: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permintaan dokumen dicatat; jam layanan dijeda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} gagal disimpan: {why} Tambahkan dari jendela konsultasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — di luar jam layanan, jam berhenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lewat {time} dari {target} menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sisa {time} dari {target} menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} menit — mulai dihitung pada isian pertama</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeQuestion</name>
    <message>
        <source>Pertanyaan 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sisa waktu layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus pertanyaan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertanyaan atau masalah yang disampaikan stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opsional; bila kosong diambil dari pertanyaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KasiInboxPage</name>
    <message>
        <source>Eskalasi seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi yang dieskalasi ke seksi Anda, diurutkan menurut batas waktu solusi (terdekat di atas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun Anda belum terhubung ke seksi mana pun. Minta administrator mengisi seksi Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik dua kali atau tekan Enter pada baris untuk membuka konsultasi, memberi tanggapan, atau menyelesaikannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buk&amp;a konsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progres ke stakeholder</source>
        <extracomment>The counts are taken again this often while the page shows (deadlines pass without events).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas solusi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} terlewat (terakhir {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berikutnya {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tepat waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eskalasi {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunggu solusi: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jatuh tempo hari ini: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlambat: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progres terlewat: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pada {n} konsultasi yang dieskalasi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KasiResponseDialog</name>
    <message>
        <source>Tanggapan Kepala Seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konfirmasi atau arahan Kepala Seksi atas konsultasi yang dieskalasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tanggapan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Perpustakaan peraturan, FAQ dan jawaban terdahulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kata kunci atau pertanyaan, mis. pencairan SP2D, TUP, reset OTP SAKTI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termasuk yang &amp;dicabut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peraturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor &amp;berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (berlapis teks), DOCX atau TXT; semua berkas diimpor atau tidak sama sekali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status peraturan yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peraturan yang mengubah atau mencabut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entri FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pertanyaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jawaban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dasar p&amp;asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. PMK 990 Tahun 2026 Pasal 3; PER-99/PB/2026 Pasal 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;njau pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ ba&amp;ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— tidak disebut —</source>
        <extracomment>The consultation whose answer the FAQ entry being written was made from. Replaceable in tests: what the file dialogs would return.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor peraturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peraturan (*.pdf *.docx *.txt);;Manifest (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor folder peraturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengimpor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} peraturan ({articles} pasal) diimpor: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada yang diimpor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih peraturan di tabel lebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ {n} (versi {v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entri FAQ baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ {n} tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Jawaban di perpustakaan</source>
        <extracomment>The pause in typing after which the library is asked, in milliseconds. Fewer letters than this are not looked up. A past answer to turn into an FAQ entry: (consultation id, its question, its answer). The hits shown changed (tests and the tour wait for it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil perpustakaan</source>
        <extracomment>Filters of the search page: kinds (None: all) and whether revoked regulations show.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik pertanyaan: peraturan, FAQ dan jawaban terdahulu yang terkait muncul di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mencari di perpustakaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada yang cocok di perpustakaan. Jawaban Anda akan menjadi jawaban terdahulu untuk pertanyaan berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpustakaan tidak dapat dibaca: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitNotices</name>
    <message>
        <source>dan {n} lainnya</source>
        <extracomment>How many numbers the band names before it says &quot;dan N lainnya&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas waktu terlampaui, konsultasi belum selesai: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} konsultasi melewati batas waktu dan belum selesai: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk — KPPN Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPPN Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layanan Konsultasi Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KPPN Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coba sambung lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lihat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Konsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cari konsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kunci layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keluar akun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutup aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tentang KPPN Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder jaringan: tidak aman</source>
        <extracomment>Imported on a worker a moment after the window opens, with the modules of the role&apos;s pages, so the first consultation window or page opens without a pause on the GUI thread. Set once leaving (logout, quit) was confirmed: the close that follows asks no more. The office&apos;s idle-lock setting, once read (on the worker).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan terakhir: {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isian belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi baru yang sedang diisi belum disimpan. Jika Anda keluar sekarang, isian itu hilang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluar dan buang isian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kembali ke isian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeProfileForm</name>
    <message>
        <source>Profil kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identitas kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kode KPPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 digit, mis. 121</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ipe kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama singkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. KPPN Majene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan&amp;wil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepala kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama kepala kant&amp;or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NI&amp;P kepala kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat dan kontak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ko&amp;ta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zona waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia/Jakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia/Pontianak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia/Makassar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia/Jayapura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;elepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. 0422 21xxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;rel (e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situs we&amp;b</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Jam layanan khusus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rentang tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dari tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sampai tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. Ramadan 1447 H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam layanan pada rentang ini (hari yang tidak dicentang: tutup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tambahkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi &amp;lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal 8 karakter. Sampaikan kata sandi baru kepada pengguna secara langsung; percobaan masuk yang gagal ikut dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi baru untuk &lt;b&gt;{name}&lt;/b&gt; ({username}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>Anonimisasi setelah masa simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi yang diselesaikan sebelum batas masa simpan kehilangan data pribadinya (nama, kontak, pertanyaan, jawaban, catatan, isi lampiran). Statistik dan laporan tidak berubah; riwayat tetap utuh dan mencatatnya. Konsultasi yang masih terbuka tidak disentuh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonimkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permintaan akses subjek data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua data seseorang sebagai JSON dan PDF. Isi yang diketahui; setiap isian harus cocok. Periksa identitas peminta lebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;ma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telepo&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor data &amp;orang ini…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan pemrosesan data pribadi (UU 27/2022 Pasal 31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menghitung data yang masa simpannya berakhir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonimkan data pribadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data pribadi ini dihapus untuk selamanya dan tidak dapat dikembalikan. Lanjutkan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonimkan {n} konsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menganonimkan… Anda dapat terus bekerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi sedikitnya satu: nama, telepon atau e-mail orang yang meminta datanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengumpulkan data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Disimpan: {path}.json dan .pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Profil ini tampil di kepala bukti konsultasi, tanda terima dan laporan. Zona waktu menentukan jam kantor untuk semua perhitungan waktu layanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan profil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profil kantor tersimpan.</source>
        <extracomment>Profile field -&gt; the widget&apos;s object name in admin_profile_form.ui.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profil kantor baru saja diubah di workstation lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Perubahan itu sudah dimuat; isian Anda tetap di layar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Isian Anda untuk {fields} akan menggantikan isian mereka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Periksa, lalu tekan Simpan profil sekali lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Catat progres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat progres yang disampaikan kepada stakeholder selama konsultasi dieskalasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disampaikan melalui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Isi progres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Pertanyaan {n}</source>
        <extracomment>Under this many minutes left the clock turns amber.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus pertanyaan {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— pilih kategori layanan —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Daftar konsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah konsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilihan daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi yang diterima hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milik saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi yang saya catat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunggu &amp;dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi yang menunggu dokumen dari stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;eskalasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi yang sedang dieskalasi ke Kepala Seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ter&amp;lambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi belum selesai yang melewati batas waktunya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua konsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari dan saring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor, nama stakeholder, kode/nama satker, isi pertanyaan atau jawaban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosongkan &amp;filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tan&amp;ggal diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>da&amp;ri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ka&amp;nal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kateg&amp;ori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seks&amp;i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik dua kali atau tekan Enter pada baris untuk membuka konsultasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buk&amp;a konsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua kanal</source>
        <extracomment>Until the user picks a list, the page may choose one (&apos;Semua&apos; on a day off).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal akhir tidak boleh sebelum tanggal awal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (nonaktif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teks “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanggal {a}–{b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter aktif: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} konsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar gagal dimuat (tekan F5 untuk mencoba lagi)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveAttachmentDialog</name>
    <message>
        <source>Hapus lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran ditarik dengan alasan; catatan dan berkasnya tetap tersimpan dalam riwayat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alasan penghapusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus lampiran “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Buka kembali konsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi yang sudah selesai dibuka kembali sebagai siklus baru dengan waktu layanan baru; hasil siklus sebelumnya tetap tercatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alasan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Laporan layanan konsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pilihan cepat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buat laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pratinjau &amp;&amp; cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan laporan periode yang sudah berakhir sebagai laporan resmi dengan kode verifikasi (Kepala Kantor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terbitkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal akhir tidak boleh sebelum tanggal awal.</source>
        <extracomment>The report&apos;s pages in the window are drawn at this resolution: an A4 page about 1,000 pixels wide, its table text as large as the window&apos;s own (at 60 it was too small to read). The office&apos;s zone, read on the worker; until then the workstation&apos;s own clock.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyusun laporan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({n} belum dinilai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{first} – {last}&lt;/b&gt;: {total} konsultasi, {resolved} selesai, {escalated} dieskalasi · kepatuhan 20 menit &lt;b&gt;{service}&lt;/b&gt;{service_pending} · solusi 3 hari kerja &lt;b&gt;{solution}&lt;/b&gt;{solution_pending} · progres terlewat {missed} · belum selesai {backlog}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbitkan laporan periode {period}? Laporan disimpan di basis data dengan kode verifikasi dan catatan riwayat; siapa pun dapat memeriksanya kemudian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode ini pernah diterbitkan dengan kode {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perubahan sejak itu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada angka yang berubah sejak itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koreksi yang tercatat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbitkan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terbitkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan diterbitkan dengan kode verifikasi &lt;b&gt;{code}&lt;/b&gt;; tersimpan di basis data. Periksa kapan saja: &lt;tt&gt;kppn-desktop report verify BERKAS.pdf&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan layanan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDocumentsDialog</name>
    <message>
        <source>Minta dokumen pendukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu layanan dijeda sampai dokumen dari stakeholder diterima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dokumen yang diminta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerouteDialog</name>
    <message>
        <source>Pindahkan eskalasi ke seksi lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konsultasi berpindah ke kotak masuk Kepala Seksi tujuan. Batas waktu solusi dan jadwal progres tetap berjalan dari eskalasi semula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seksi sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seksi tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alasan pemindahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tidak diketahui)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Selesaikan konsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuliskan jawaban yang diberikan kepada stakeholder. Konsultasi akan berstatus Selesai (Resolved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jawaban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dasar peraturan/juknis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. nomor PMK/PER/SE dan pasalnya (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari di &amp;perpustakaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kata kunci, mis. pencairan SP2D atau TUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dikutip dari perpustakaan</source>
        <extracomment>The article cited, while the regulation field still shows its citation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diisi dari tanggapan Kepala Seksi ({name}); periksa sebelum menyelesaikan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <source>Seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. PDMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Penyiapan awal — KPPN Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyiapan awal KPPN Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah 1 dari 2: profil kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isian sudah berisi profil KPPN Majene. Sesuaikan bila kantor Anda berbeda; semuanya dapat diubah kemudian di menu Administrasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buat akun administrator pertama. Pengguna lain (petugas layanan, Kepala Seksi, Kepala Kantor) ditambahkan oleh administrator setelah masuk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>huruf kecil, mis. admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi minimal 8 karakter. Simpan baik-baik: akun ini mengelola pengguna, seksi, kalender dan profil kantor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Ke&amp;mbali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;jut ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna selalu disimpan dengan huruf kecil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langkah 2 dari 2: administrator pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulangan kata sandi tidak sama dengan kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderSection</name>
    <message>
        <source>— pilih jenis —</source>
        <extracomment>Wait this long after the last key before searching, so typing stays smooth.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— tidak ada —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pencarian gagal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik sedikitnya 2 huruf atau angka; stakeholder baru diisi di bawah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ditemukan. Pilih dengan klik atau Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ditemukan. Isi data stakeholder baru di bawah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satker: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder terdaftar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder baru (tidak dipakai: stakeholder terdaftar dipilih)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder terdaftar dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder baru</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardTab</name>
    <message>
        <source>Semua angka standar pelayanan adalah pengaturan: nilai awalnya dari standar KEP-57/PB/2023 dan dapat disesuaikan bila standar berubah (mis. KEP-83/PB/2025). Perubahan berlaku untuk konsultasi berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standar pelayanan konsultasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standar &amp;waktu layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per pertanyaan, dihitung dalam menit jam kantor. Kategori dapat memiliki target sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas waktu s&amp;olusi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesudah hari konsultasi; jatuh tempo pada jam tutup hari kerja terakhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progres paling lambat tiap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dasar standar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. KEP-57/PB/2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meja layanan dan data pribadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukuran &amp;lampiran maks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci layar setelah &amp;menganggur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak bukti konsultasi &amp;otomatis setelah pencatatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masa simpan data p&amp;ribadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesudah masa ini data pribadi stakeholder dihapus atau dianonimkan (UU 27/2022); statistik tetap ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada perubahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>huruf kecil, mis. rina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;IP / NI PPPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 digit (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aktif (boleh masuk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— tanpa seksi —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah pengguna — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seksi (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data terbaru di basis data: {name}, {role}, {state}. Isian Anda tetap di sini; tekan Simpan sekali lagi untuk menimpanya, atau Batal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;Tambah pengguna…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atur ulang &amp;kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pengguna, {a} aktif</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekHoursEditor</name>
    <message>
        <source>Hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam buka Senin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam tutup Senin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam buka Selasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam tutup Selasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam buka Rabu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam tutup Rabu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam buka Kamis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam tutup Kamis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam buka Jumat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam tutup Jumat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam buka Sabtu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam tutup Sabtu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam buka Minggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jam tutup Minggu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>combo</name>
    <message>
        <source>— pilih seksi —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Ulangan kata sandi tidak sama dengan kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Simpan data pribadi ke folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Hanya angka 0–9 ({n} digit).</source>
        <extracomment>The signal that says the user changed each kind of input, by class name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal dan jam kantor, mis. 30/11/2026 21:35</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
