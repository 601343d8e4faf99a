"""The demo creators of ``flask seed-demo``, as plain data.

Everyone here is invented: names, handles, social accounts and phone numbers belong to no one
we know of. Places, crafts and customs are real. Web links point at example.org.

Each creator is a dict with the CreatorProfile fields (``category`` and ``region`` as slugs),
an optional ``initials`` for the avatar (groups), and ``works``: dicts with the Work fields.
The list is in "newest first" order: the first creator gets the latest ``created_at``.
"""

CREATORS: list[dict] = [
    {
        "handle": "jefri.sasando",
        "display_name": "Jefri Ndun",
        "category": "musik",
        "region": "rote-ndao",
        "headline": "Pemain sasando dari Rote untuk pernikahan, penyambutan tamu dan acara adat",
        "headline_en": (
            "Sasando player from Rote for weddings, welcome ceremonies and cultural events"
        ),
        "bio": (
            "Saya belajar sasando dari bapa sejak umur sembilan tahun di Ba'a, Rote Ndao.\n"
            "Sekarang saya memainkan sasando gong dan sasando biola: lagu daerah, lagu gereja "
            "sampai lagu pop yang saya aransemen ulang.\n"
            "Bisa tampil sendiri atau bersama penari dan penyanyi, di Rote maupun di Kupang."
        ),
        "bio_en": (
            "I learned the sasando from my father in Ba'a, Rote Ndao, when I was nine.\n"
            "Today I play both the sasando gong and the sasando biola: folk songs, hymns and "
            "pop songs in my own arrangements.\n"
            "I perform solo or with dancers and singers, on Rote and in Kupang."
        ),
        "instagram": "jefri.sasando",
        "tiktok": "jefrisasando",
        "youtube": "https://www.youtube.com/@jefrisasando",
        "whatsapp": "+6281237465120",
        "show_whatsapp": True,
        "available_for_hire": True,
        "price_from": 1500000,
        "verified": True,
        "works": [
            {
                "title": "Ofa Langga, aransemen sasando gong",
                "title_en": "Ofa Langga, arranged for sasando gong",
                "description": (
                    "Lagu daerah Rote yang dimainkan dengan sasando gong bertangga nada "
                    "pentatonik. Direkam langsung di tepi Pantai Nemberala, dengan suara ombak "
                    "di latar."
                ),
                "description_en": (
                    "A Rote folk song played on the pentatonic sasando gong, recorded live on "
                    "the beach at Nemberala with the waves behind it."
                ),
                "year": 2023,
                "tags": "sasando, rote, lagu daerah",
            },
            {
                "title": "Iringan sasando untuk pemberkatan dan resepsi",
                "title_en": "Sasando for the wedding service and reception",
                "description": (
                    "Lagu gereja, lagu daerah dan lagu cinta pilihan pengantin, sampai tiga jam. "
                    "Sudah termasuk pengeras suara kecil untuk gedung sampai 300 tamu."
                ),
                "year": 2025,
                "price_from": 2500000,
                "tags": "pernikahan, sasando, musik langsung",
            },
            {
                "title": "Tebe dan sasando di malam budaya Kupang",
                "description": (
                    "Mengiringi tarian tebe bersama sanggar dari Rote Timur di panggung terbuka "
                    "Kota Kupang."
                ),
                "year": 2024,
                "tags": "sasando, tebe, pentas",
            },
            {
                "title": "Kelas sasando anak-anak di Ba'a",
                "title_en": "Sasando class for children in Ba'a",
                "description": (
                    "Kelas mingguan untuk anak usia 9 sampai 15 tahun. Sasando latihan "
                    "disediakan, jadi anak tidak perlu membeli dulu."
                ),
                "year": 2022,
                "price_from": 150000,
                "tags": "kelas musik, sasando, anak",
            },
        ],
    },
    {
        "handle": "rambu.lika",
        "display_name": "Rambu Lika Ndapa",
        "category": "fesyen",
        "region": "sumba-timur",
        "headline": (
            "Tenun ikat Kambera pewarna alam: hinggi kombu dan lau, dari benang sampai jadi"
        ),
        "headline_en": (
            "Naturally dyed ikat from Kambera: kombu hinggi and lau, from thread to cloth"
        ),
        "bio": (
            "Saya menenun di Kambera, dekat Waingapu, bersama mama, dua adik perempuan dan empat "
            "tetangga.\n"
            "Semua warna dari alam: merah dari akar kombu, biru dari nila. Satu hinggi bisa "
            "makan waktu enam bulan sampai setahun, karena benangnya dicelup berulang-ulang.\n"
            "Cerita proses dan daftar kain yang siap ada di https://example.org/tenun-kambera"
        ),
        "bio_en": (
            "I weave in Kambera, near Waingapu, with my mother, two younger sisters and four "
            "neighbours.\n"
            "Every colour is natural: red from kombu root, blue from indigo. One hinggi can take "
            "six months to a year, because the thread is dyed again and again.\n"
            "The story of our work and the cloths ready now: https://example.org/tenun-kambera"
        ),
        "instagram": "rambulika.tenun",
        "whatsapp": "+6285239184736",
        "show_whatsapp": True,
        "available_for_hire": True,
        "price_from": 750000,
        "verified": True,
        "works": [
            {
                "title": "Hinggi kombu motif kuda dan udang",
                "title_en": "Kombu hinggi with horses and shrimp",
                "description": (
                    "Kain laki-laki berukuran besar, merah kombu di atas dasar biru tua. Kuda "
                    "melambangkan kehormatan, udang melambangkan kehidupan yang terus berganti."
                ),
                "description_en": (
                    "A large man's cloth in kombu red on deep blue. The horse stands for honour, "
                    "the shrimp for life renewing itself."
                ),
                "year": 2024,
                "price_from": 8500000,
                "tags": "hinggi, kombu, pewarna alam, sumba timur",
            },
            {
                "title": "Lau ikat motif mamuli",
                "description": (
                    "Sarung perempuan dengan deretan mamuli, perhiasan adat Sumba, di antara "
                    "garis-garis biru."
                ),
                "year": 2023,
                "price_from": 4500000,
                "tags": "lau, sarung, mamuli, tenun ikat",
            },
            {
                "title": "Selendang kecil motif ayam",
                "title_en": "Small shawl with roosters",
                "description": "Selendang ringan untuk dipakai sehari-hari atau sebagai hadiah.",
                "year": 2025,
                "price_from": 750000,
                "tags": "selendang, pewarna alam, hadiah",
            },
            {
                "title": "Proses: mengikat motif andung",
                "title_en": "Process: tying the andung motif",
                "description": (
                    "Motif andung, pohon tengkorak, dahulu menandai kemenangan perang. Kami "
                    "membuatnya ulang dari kain tua milik keluarga, mengikat benang helai demi "
                    "helai dengan tali gewang."
                ),
                "year": 2022,
                "tags": "proses, ikat, andung, sumba timur",
            },
        ],
    },
    {
        "handle": "makan.kupang",
        "display_name": "Ricky Kaka | Makan Kupang",
        "initials": "RK",
        "category": "konten",
        "region": "kota-kupang",
        "headline": "Cari makan enak di Kupang: se'i, jagung bose, ikan bakar Kampung Solor",
        "headline_en": "Eating well in Kupang: se'i, jagung bose and grilled fish at Kampung Solor",
        "bio": (
            "Beta orang Sabu yang lahir dan besar di Kupang. Setiap hari beta keliling kota cari "
            "makanan enak, dari se'i sapi sampai ikan bakar malam di Kampung Solor.\n"
            "Semua makanan beta bayar sendiri dan reviewnya jujur, sonde ada yang ditutup-tutupi.\n"
            "Untuk kerja sama dengan warung, hotel atau produk lokal, hubungi lewat WhatsApp."
        ),
        "bio_en": (
            "I'm Sabunese, born and raised in Kupang. Every day I go around town looking for good "
            "food, from smoked se'i beef to grilled fish at the Kampung Solor night market.\n"
            "I pay for everything I eat and my reviews are honest.\n"
            "Food stalls, hotels and local brands: message me on WhatsApp."
        ),
        "instagram": "makan.kupang",
        "tiktok": "makan.kupang",
        "youtube": "https://www.youtube.com/@makankupang",
        "whatsapp": "+6281339470215",
        "show_whatsapp": True,
        "available_for_hire": True,
        "price_from": 750000,
        "verified": True,
        "works": [
            {
                "title": "Seri: 10 se'i paling enak di Kupang",
                "title_en": "Series: the 10 best se'i in Kupang",
                "description": (
                    "Sepuluh video pendek, satu warung se'i per video, dengan harga dan jam buka. "
                    "Ditonton lebih dari satu juta kali di TikTok."
                ),
                "description_en": (
                    "Ten short videos, one se'i stall each, with prices and opening hours. Over a "
                    "million views on TikTok."
                ),
                "year": 2025,
                "tags": "kuliner, kupang, sei, tiktok",
            },
            {
                "title": "Jagung bose buatan oma",
                "description": (
                    "Oma beta memasak jagung bose: jagung putih ditumbuk, direbus dengan kacang "
                    "merah dan santan, dimakan dengan sambal lu'at."
                ),
                "year": 2024,
                "tags": "kuliner, jagung bose, resep, timor",
            },
            {
                "title": "Ikan kuah asam dari Pasar Oeba",
                "title_en": "Sour fish soup from Oeba market",
                "description": (
                    "Dari membeli ikan pagi-pagi di Pasar Oeba sampai semangkuk kuah asam di "
                    "meja makan."
                ),
                "year": 2026,
                "tags": "kuliner, ikan, kupang",
            },
            {
                "title": "Paket promosi warung: 1 video + 3 story",
                "description": "Satu video pendek dan tiga story Instagram dalam seminggu.",
                "year": 2026,
                "price_from": 750000,
                "tags": "endorse, promosi, umkm",
            },
        ],
    },
    {
        "handle": "frans.dagur",
        "display_name": "Frans Dagur",
        "category": "fotografi",
        "region": "manggarai-barat",
        "headline": "Fotografer di Labuan Bajo: prewedding di Padar, keluarga di kapal, hotel",
        "headline_en": (
            "Photographer in Labuan Bajo: pre-weddings on Padar, families aboard, hotels"
        ),
        "bio": (
            "Saya lahir di Ruteng dan pindah ke Labuan Bajo tahun 2016, waktu kota ini masih "
            "kecil.\n"
            "Sekarang saya memotret prewedding, keluarga yang berlayar ke Komodo dan Padar, juga "
            "interior hotel dan kapal pinisi.\n"
            "Musim ramai (Juli sampai September) cepat penuh, jadi pesanlah dari jauh hari."
        ),
        "bio_en": (
            "I was born in Ruteng and moved to Labuan Bajo in 2016, when it was still a small "
            "town.\n"
            "I photograph pre-weddings, families sailing to Komodo and Padar, and the interiors "
            "of hotels and phinisi boats.\n"
            "The high season (July to September) fills up fast, so book early."
        ),
        "instagram": "frans.dagur",
        "website": "https://example.org/fransdagur",
        "available_for_hire": True,
        "price_from": 3500000,
        "verified": True,
        "works": [
            {
                "title": "Prewedding matahari terbit di Pulau Padar",
                "title_en": "Sunrise pre-wedding on Padar Island",
                "description": (
                    "Berangkat dari Labuan Bajo pukul tiga pagi, mendaki dalam gelap, dan memotret "
                    "di puncak saat cahaya pertama jatuh di tiga teluk Padar."
                ),
                "description_en": (
                    "We left Labuan Bajo at 3 a.m., climbed in the dark and shot on the summit as "
                    "the first light fell on Padar's three bays."
                ),
                "year": 2025,
                "price_from": 5000000,
                "tags": "prewedding, padar, labuan bajo",
            },
            {
                "title": "Dokumentasi kapal pinisi untuk operator trip",
                "description": "Foto kabin, dek dan suasana berlayar untuk situs pemesanan.",
                "year": 2024,
                "price_from": 3500000,
                "tags": "pinisi, komersial, interior",
            },
            {
                "title": "Malam di Kampung Ujung",
                "title_en": "Night at Kampung Ujung",
                "description": (
                    "Seri foto jalanan dari deretan warung ikan bakar di tepi pelabuhan Labuan "
                    "Bajo."
                ),
                "year": 2023,
                "tags": "foto jalanan, kuliner, labuan bajo",
            },
            {
                "title": "Orang Komodo",
                "title_en": "The people of Komodo",
                "description": (
                    "Potret warga Desa Komodo: nelayan, pemahat patung komodo dan anak-anak "
                    "sekolah."
                ),
                "year": 2022,
                "tags": "potret, komodo, dokumenter",
            },
        ],
    },
    {
        "handle": "gongwaning.duamoan",
        "display_name": "Sanggar Gong Waning Du'a Moan",
        "initials": "GW",
        "category": "musik",
        "region": "sikka",
        "headline": "Ansambel gong waning dan tari tradisional Sikka dari Maumere",
        "headline_en": "Gong waning ensemble and traditional Sikka dance from Maumere",
        "bio": (
            "Sanggar kami berdiri tahun 2012 di Nita, Kabupaten Sikka, dengan delapan belas "
            "anggota, dari anak sekolah sampai para orang tua.\n"
            "Gong waning adalah musik pengiring tarian dan upacara adat Sikka: gong-gong dipukul "
            "bersahut-sahutan, dipimpin waning, gendang besar dari kayu dan kulit kambing.\n"
            "Kami melayani pentas penyambutan tamu, pernikahan, festival dan kelas untuk sekolah."
        ),
        "bio_en": (
            "Our group was founded in 2012 in Nita, Sikka, and has eighteen members, from "
            "schoolchildren to elders.\n"
            "Gong waning accompanies Sikka's dances and ceremonies: gongs answer one another, led "
            "by the waning, a big drum of wood and goatskin.\n"
            "We play welcome ceremonies, weddings and festivals, and teach classes at schools."
        ),
        "instagram": "gongwaning.duamoan",
        "available_for_hire": True,
        "price_from": 2000000,
        "works": [
            {
                "title": "Tari Hegong untuk penyambutan tamu",
                "title_en": "Hegong welcome dance",
                "description": (
                    "Enam penari dan tujuh penabuh menyambut tamu di Bandara Frans Seda, Maumere."
                ),
                "year": 2024,
                "tags": "gong waning, tari hegong, sikka, penyambutan",
            },
            {
                "title": "Lima pola tabuhan gong waning",
                "title_en": "Five gong waning patterns",
                "description": (
                    "Rekaman audio lima pola tabuhan yang diajarkan para tetua sanggar, untuk "
                    "arsip dan bahan belajar."
                ),
                "year": 2023,
                "tags": "rekaman, arsip, gong waning",
            },
            {
                "title": "Kelas gong waning untuk sekolah dasar",
                "description": "Delapan pertemuan, alat musik kami bawa sendiri.",
                "year": 2025,
                "price_from": 750000,
                "tags": "kelas, sekolah, gong waning",
            },
        ],
    },
    {
        "handle": "yosef.bataona",
        "display_name": "Yosef Bataona",
        "category": "fotografi",
        "region": "lembata",
        "headline": "Fotografer dokumenter dari Lamalera: laut, perahu peledang, kampung nelayan",
        "headline_en": (
            "Documentary photographer from Lamalera: the sea, peledang boats, a fishing village"
        ),
        "bio": (
            "Saya lahir di Lamalera, kampung nelayan di selatan Lembata yang masih berburu paus "
            "secara tradisional dengan perahu dayung dan tombak tangan.\n"
            "Sejak 2015 saya memotret musim lefa (Mei sampai Oktober), pembuatan perahu peledang, "
            "dan pasar barter Wulandoni, tempat ikan ditukar dengan jagung dan pisang dari "
            "gunung.\n"
            "Cetakan edisi terbatas tersedia; sebagian hasilnya untuk perawatan perahu kampung."
        ),
        "bio_en": (
            "I was born in Lamalera, a fishing village in the south of Lembata that still hunts "
            "whales the traditional way, with rowing boats and hand-thrown harpoons.\n"
            "Since 2015 I have photographed the lefa season (May to October), the building of "
            "peledang boats, and the barter market at Wulandoni, where fish is traded for maize "
            "and bananas from the hills.\n"
            "Limited-edition prints are available; part of the proceeds goes to the village boats."
        ),
        "instagram": "yosef.bataona",
        "available_for_hire": True,
        "price_from": 1500000,
        "verified": True,
        "works": [
            {
                "title": "Lamafa",
                "description": (
                    "Potret para juru tikam Lamalera, di haluan perahu dan di rumah bersama "
                    "keluarga. Cetak giclée 50 x 70 cm, edisi 10."
                ),
                "description_en": (
                    "Portraits of Lamalera's harpooners, at the bow and at home with their "
                    "families. Giclée prints, 50 x 70 cm, edition of 10."
                ),
                "year": 2019,
                "price_from": 1500000,
                "tags": "lamalera, potret, cetak, dokumenter",
            },
            {
                "title": "Membangun peledang",
                "title_en": "Building a peledang",
                "description": (
                    "Tiga bulan mengikuti satu suku membangun perahu baru tanpa paku, dari "
                    "menebang kayu sampai upacara turun ke laut."
                ),
                "year": 2021,
                "tags": "perahu, lamalera, dokumenter",
            },
            {
                "title": "Pasar barter Wulandoni",
                "title_en": "The barter market at Wulandoni",
                "description": (
                    "Setiap Sabtu, perempuan Lamalera membawa ikan kering ke Wulandoni dan pulang "
                    "dengan jagung, ubi dan pisang. Hampir tidak ada uang yang berpindah tangan."
                ),
                "description_en": (
                    "Every Saturday the women of Lamalera carry dried fish to Wulandoni and come "
                    "home with maize, cassava and bananas. Almost no money changes hands."
                ),
                "year": 2023,
                "tags": "pasar, barter, lembata",
            },
            {
                "title": "Misa Lefa, 1 Mei",
                "description": (
                    "Misa di pantai yang membuka musim melaut, saat perahu-perahu diberkati "
                    "sebelum turun ke laut."
                ),
                "year": 2024,
                "tags": "lamalera, upacara, lefa",
            },
        ],
    },
    {
        "handle": "yuliana.tefa",
        "display_name": "Yuliana Tefa",
        "category": "fesyen",
        "region": "timor-tengah-selatan",
        "headline": "Tenun futus dan buna dari Mollo, Timor Tengah Selatan",
        "headline_en": "Futus and buna weaving from Mollo, South Central Timor",
        "bio": (
            "Saya dari Kapan, Mollo Utara, di kaki Gunung Mutis.\n"
            "Saya menenun dua teknik khas Timor: futus, yaitu ikat, dan buna, motif warna-warni "
            "yang disisipkan benang demi benang saat menenun.\n"
            "Menerima pesanan kain untuk seragam acara dan busana pengantin; katalog di "
            "https://example.org/tenun-mollo"
        ),
        "bio_en": (
            "I'm from Kapan in North Mollo, at the foot of Mount Mutis.\n"
            "I weave in two Timorese techniques: futus, which is ikat, and buna, bright patterns "
            "inserted thread by thread as the cloth is woven.\n"
            "I take orders for event uniforms and wedding clothes; catalogue at "
            "https://example.org/tenun-mollo"
        ),
        "instagram": "yuliana.tefa",
        "tiktok": "tenunmollo",
        "available_for_hire": True,
        "price_from": 250000,
        "verified": True,
        "works": [
            {
                "title": "Selimut futus Mollo merah-hitam",
                "title_en": "Red and black futus blanket from Mollo",
                "description": (
                    "Selimut laki-laki dengan motif ikat belah ketupat, pewarna mengkudu dan tarum."
                ),
                "year": 2023,
                "price_from": 2750000,
                "tags": "futus, selimut, tenun ikat, timor",
            },
            {
                "title": "Sarung buna motif kait",
                "title_en": "Buna sarong with hook motifs",
                "description": (
                    "Sarung perempuan dengan motif buna kuning, hijau dan putih di atas dasar "
                    "merah tua. Dikerjakan tiga bulan."
                ),
                "description_en": (
                    "A woman's sarong with buna patterns in yellow, green and white on deep red. "
                    "Three months of work."
                ),
                "year": 2024,
                "price_from": 3500000,
                "tags": "buna, sarung, timor tengah selatan",
            },
            {
                "title": "Kain pengantin untuk dua belas anggota keluarga",
                "description": (
                    "Pesanan satu keluarga di Soe: selimut dan sarung dengan motif sama."
                ),
                "year": 2025,
                "tags": "pengantin, seragam, pesanan",
            },
            {
                "title": "Syal buna kecil",
                "description": "Syal leher dengan satu baris motif buna, cocok untuk oleh-oleh.",
                "year": 2026,
                "price_from": 250000,
                "tags": "syal, buna, oleh-oleh",
            },
        ],
    },
    {
        "handle": "kornelis.jemadu",
        "display_name": "Kornelis Jemadu",
        "category": "musik",
        "region": "manggarai",
        "headline": "Penyanyi mbata dan sanda, penabuh gendang caci dari Ruteng",
        "bio": (
            "Saya tumbuh di kampung dekat Ruteng, mendengar orang tua menyanyikan sanda dan mbata "
            "sampai pagi di mbaru gendang.\n"
            "Sekarang saya merekam dan mengajarkan lagu-lagu itu, dan mengiringi caci dengan "
            "gendang dan gong.\n"
            "Untuk acara penti, pernikahan atau rekaman, hubungi saya lewat Instagram."
        ),
        "instagram": "kornelis.jemadu",
        "youtube": "https://www.youtube.com/@kornelisjemadu",
        "available_for_hire": True,
        "price_from": 1000000,
        "works": [
            {
                "title": "Mbata semalam di mbaru gendang",
                "title_en": "A night of mbata in the drum house",
                "description": (
                    "Rekaman utuh satu malam mbata saat penti, dari lagu pembuka sampai fajar."
                ),
                "year": 2022,
                "tags": "mbata, penti, manggarai, rekaman",
            },
            {
                "title": "Iringan gendang dan gong untuk caci",
                "description": (
                    "Tim penabuh untuk pertandingan caci di acara adat dan festival; kami datang "
                    "berenam."
                ),
                "year": 2024,
                "price_from": 1500000,
                "tags": "caci, gendang, gong",
            },
            {
                "title": "Album Lingko",
                "title_en": "Lingko (album)",
                "description": (
                    "Delapan lagu tentang sawah lingko, kebun dan kampung, dinyanyikan dalam "
                    "bahasa Manggarai dengan gitar dan gong."
                ),
                "description_en": (
                    "Eight songs about lingko fields, gardens and home, sung in Manggarai with "
                    "guitar and gong."
                ),
                "year": 2025,
                "price_from": 100000,
                "tags": "album, bahasa manggarai, lingko",
            },
        ],
    },
    {
        "handle": "ivan.tungga",
        "display_name": "Ivan Tungga",
        "category": "seni-rupa",
        "region": "kota-kupang",
        "headline": "Mural untuk kafe, sekolah dan ruang publik di Kupang",
        "bio": (
            "Saya melukis mural sejak kuliah; karya pertama saya dinding lapangan basket di "
            "Oesapa.\n"
            "Motif tenun, sasando, ikan dan wajah orang-orang NTT selalu muncul di dinding saya.\n"
            "Harga dihitung per meter persegi, sudah termasuk cat dan desain."
        ),
        "instagram": "ivantungga.mural",
        "tiktok": "ivantungga",
        "available_for_hire": True,
        "price_from": 350000,
        "works": [
            {
                "title": "Nona Sasando",
                "description": (
                    "Mural 4 x 9 meter di sebuah kafe di Oebobo: seorang nona memainkan sasando "
                    "di antara daun-daun lontar."
                ),
                "year": 2024,
                "tags": "mural, sasando, kafe",
            },
            {
                "title": "Dinding baca SD di Kelapa Lima",
                "title_en": "Reading wall at a primary school in Kelapa Lima",
                "description": "Mural huruf dan hewan NTT, dikerjakan bersama murid kelas lima.",
                "year": 2023,
                "tags": "mural, sekolah, anak",
            },
            {
                "title": "Pasar Oeba pagi",
                "title_en": "Oeba market, morning",
                "description": "Lukisan akrilik di kanvas, 120 x 80 cm.",
                "year": 2025,
                "price_from": 2500000,
                "tags": "lukisan, akrilik, kupang, pasar",
            },
        ],
    },
    {
        "handle": "pahikung.pau",
        "display_name": "Kelompok Tenun Pahikung Pau",
        "initials": "TP",
        "category": "fesyen",
        "region": "sumba-timur",
        "headline": (
            "Lau pahikung dari Kampung Pau, Umalulu: motif timbul, dikerjakan dengan tangan"
        ),
        "headline_en": "Lau pahikung from Pau, Umalulu: raised patterns, made by hand",
        "bio": (
            "Kami dua belas perempuan penenun dari Kampung Pau, Kecamatan Umalulu.\n"
            "Kekhususan kami lau pahikung: sarung perempuan dengan motif timbul dari benang "
            "lungsin "
            "tambahan, bergambar rusa, kuda, penyu dan tokoh manusia.\n"
            "Sebagian hasil penjualan kami sisihkan untuk biaya sekolah anak-anak kampung."
        ),
        "instagram": "pahikung.pau",
        "available_for_hire": True,
        "price_from": 850000,
        "works": [
            {
                "title": "Lau pahikung motif rusa",
                "title_en": "Lau pahikung with deer",
                "description": (
                    "Sarung dua lembar, dasar biru tua dengan rusa dan kuda putih. Dikerjakan "
                    "empat bulan oleh dua penenun."
                ),
                "year": 2024,
                "price_from": 6000000,
                "tags": "lau, pahikung, sumba timur",
            },
            {
                "title": "Lau pahikung motif penyu",
                "description": "Penyu di kampung kami lambang perempuan yang tenang dan kuat.",
                "year": 2023,
                "price_from": 5500000,
                "tags": "lau, pahikung, penyu",
            },
            {
                "title": "Taplak meja pahikung",
                "title_en": "Pahikung table runner",
                "description": "Taplak panjang 160 cm dengan satu baris motif kuda.",
                "year": 2025,
                "price_from": 850000,
                "tags": "taplak, dekorasi, pahikung",
            },
        ],
    },
    {
        "handle": "sanggar.tanahende",
        "display_name": "Sanggar Tari Tanah Ende",
        "initials": "TE",
        "category": "musik",
        "region": "ende",
        "headline": "Tari Wanda Pa'u, Gawi dan tari kreasi Ende–Lio untuk acara dan festival",
        "headline_en": "Wanda Pa'u, Gawi and new Ende–Lio dances for events and festivals",
        "bio": (
            "Kami sanggar tari dan musik dari Kota Ende, berlatih setiap Sabtu sore di halaman "
            "paroki.\n"
            "Kami membawakan Wanda Pa'u dari Ende, Gawi dari Lio, dan tari kreasi baru, dengan "
            "iringan gendang, gong dan suling.\n"
            "Kostum kami memakai lawo dan selendang tenun Ende–Lio asli, dipinjam dari mama-mama "
            "anggota."
        ),
        "bio_en": (
            "We are a dance and music group from Ende town, rehearsing every Saturday afternoon "
            "in the parish yard.\n"
            "We perform Ende's Wanda Pa'u, Lio's Gawi and new dances, with drums, gongs and "
            "flutes.\n"
            "Our costumes are real Ende–Lio lawo and shawls, lent by the members' mothers."
        ),
        "instagram": "sanggartanahende",
        "tiktok": "tanahende.dance",
        "available_for_hire": True,
        "price_from": 2500000,
        "works": [
            {
                "title": "Wanda Pa'u di malam budaya Ende",
                "description": "Dua belas penari dan lima pemusik di panggung Lapangan Pancasila.",
                "year": 2024,
                "tags": "wanda pau, tari, ende",
            },
            {
                "title": "Gawi massal bersama 200 pelajar",
                "title_en": "Gawi with 200 students",
                "description": (
                    "Kami melatih dua ratus pelajar SMA selama sebulan untuk menari Gawi "
                    "melingkar bersama."
                ),
                "year": 2023,
                "tags": "gawi, lio, pelajar",
            },
            {
                "title": "Tari kreasi Tiga Warna",
                "title_en": "Three Colours, a new dance",
                "description": (
                    "Tari baru tentang tiga danau Kelimutu yang warnanya berubah-ubah, dengan "
                    "kostum biru, hijau dan merah kecokelatan."
                ),
                "description_en": (
                    "A new dance about the three Kelimutu lakes and their changing colours, in "
                    "blue, green and reddish-brown costumes."
                ),
                "year": 2025,
                "tags": "tari kreasi, kelimutu, ende",
            },
        ],
    },
    {
        "handle": "arnold.jebarus",
        "display_name": "Arnold Jebarus",
        "category": "konten",
        "region": "manggarai-timur",
        "headline": "Cerita petani kopi Colol dan kampung-kampung Manggarai Timur",
        "headline_en": "Stories of Colol's coffee farmers and the villages of East Manggarai",
        "bio": (
            "Saya anak petani kopi dari Colol. Sejak 2020 saya merekam musim panen, petik merah, "
            "jemur dan sangrai di kampung.\n"
            "Tujuannya sederhana: orang yang minum kopi Flores tahu siapa yang menanamnya.\n"
            "Terbuka untuk kolaborasi dengan kedai kopi dan pembuat film dokumenter."
        ),
        "bio_en": (
            "I'm a coffee farmer's son from Colol. Since 2020 I have filmed the harvest, the "
            "picking of ripe cherries, drying and roasting in the village.\n"
            "The aim is simple: people who drink Flores coffee should know who grew it.\n"
            "Open to work with coffee shops and documentary makers."
        ),
        "tiktok": "arnold.kopicolol",
        "youtube": "https://www.youtube.com/@arnoldjebarus",
        "available_for_hire": True,
        "price_from": 500000,
        "works": [
            {
                "title": "Satu hari panen di kebun Colol",
                "title_en": "A harvest day in a Colol garden",
                "description": "Video 12 menit: dari subuh di kebun sampai karung kopi di rumah.",
                "year": 2024,
                "tags": "kopi, colol, youtube",
            },
            {
                "title": "Sangrai kopi di kuali tanah",
                "description": (
                    "Mama saya menyangrai kopi dengan cara lama, di kuali tanah di atas tungku "
                    "kayu."
                ),
                "year": 2023,
                "tags": "kopi, tradisi, tiktok",
            },
            {
                "title": "Seri: Orang di balik secangkir kopi",
                "title_en": "Series: the people behind a cup of coffee",
                "description": "Enam episode tentang petani, pengepul dan barista di Flores.",
                "year": 2025,
                "tags": "kopi, flores, dokumenter",
            },
        ],
    },
    {
        "handle": "orpa.lado",
        "display_name": "Orpa Lado",
        "category": "fesyen",
        "region": "sabu-raijua",
        "headline": "Tenun ikat Sabu dari Seba: sarung, selimut dan selendang pewarna alam",
        "bio": (
            "Di Sabu, setiap perempuan lahir dalam salah satu dari dua garis keturunan ibu, "
            "hubi ae (bunga besar) atau hubi iki (bunga kecil), dan motif kain menandai garis "
            "itu.\n"
            "Saya menenun di Seba dengan pewarna nila dan mengkudu.\n"
            "Motif keluarga tidak saya jual; yang saya tawarkan adalah motif bunga dan belah "
            "ketupat yang boleh dipakai siapa saja."
        ),
        "bio_en": (
            "On Sabu every woman is born into one of two maternal lines, hubi ae (the greater "
            "blossom) or hubi iki (the lesser blossom), and cloth patterns mark that line.\n"
            "I weave in Seba with indigo and morinda dyes.\n"
            "Family patterns are not for sale; I offer flower and diamond patterns anyone may wear."
        ),
        "instagram": "tenunsabu.orpa",
        "available_for_hire": True,
        "price_from": 300000,
        "works": [
            {
                "title": "Sarung Sabu motif bunga",
                "title_en": "Sabu sarong with flowers",
                "description": (
                    "Sarung perempuan biru gelap dengan bunga-bunga kecil putih dan merah."
                ),
                "year": 2024,
                "price_from": 2000000,
                "tags": "sabu, sarung, tenun ikat",
            },
            {
                "title": "Selimut laki-laki motif belah ketupat",
                "description": "Selimut lebar untuk acara adat, dasar hitam dengan garis merah.",
                "year": 2023,
                "price_from": 1800000,
                "tags": "sabu, selimut, pewarna alam",
            },
            {
                "title": "Selendang Sabu",
                "description": "Selendang sempit untuk wisuda atau penyambutan tamu.",
                "year": 2025,
                "price_from": 300000,
                "tags": "selendang, sabu, wisuda",
            },
        ],
    },
    {
        "handle": "bambu.bhoko",
        "display_name": "Benediktus Bhoko",
        "category": "kriya",
        "region": "ngada",
        "headline": "Kerajinan bambu Ngada: lampu, perabot dan gelas bambu untuk acara adat",
        "headline_en": "Bamboo craft from Ngada: lamps, furniture and bamboo cups for ceremonies",
        "bio": (
            "Di Ngada bambu ada di mana-mana: untuk rumah, pagar, alat musik sampai tempat "
            "menyimpan moke.\n"
            "Saya dan empat pemuda kampung dekat Bajawa mengolah bambu yang diawetkan secara alami "
            "menjadi lampu, kursi dan peralatan makan.\n"
            "Kami kirim ke Kupang, Bali dan Jakarta; pesanan besar untuk hotel bisa dibicarakan "
            "lewat WhatsApp."
        ),
        "instagram": "bambu.bhoko",
        "whatsapp": "+6285253716409",
        "show_whatsapp": True,
        "available_for_hire": True,
        "price_from": 150000,
        "works": [
            {
                "title": "Lampu gantung anyaman bambu",
                "title_en": "Woven bamboo pendant lamp",
                "description": "Diameter 45 cm, bilah bambu tipis dianyam seperti bakul.",
                "year": 2025,
                "price_from": 450000,
                "tags": "bambu, lampu, dekorasi",
            },
            {
                "title": "Set gelas bambu untuk acara adat",
                "title_en": "Bamboo cups for ceremonies",
                "description": (
                    "Enam gelas dan satu tabung tuang dari satu batang bambu, untuk menyajikan "
                    "moke atau kopi saat tamu adat datang."
                ),
                "year": 2024,
                "price_from": 150000,
                "tags": "bambu, moke, ngada, adat",
            },
            {
                "title": "Kursi bambu untuk resor di Labuan Bajo",
                "description": "Pesanan 24 kursi dan 6 meja, dikirim dengan truk lewat Ruteng.",
                "year": 2023,
                "price_from": 1750000,
                "tags": "bambu, perabot, hotel",
            },
        ],
    },
    {
        "handle": "frengky.nahak",
        "display_name": "Frengky Nahak",
        "category": "konten",
        "region": "belu",
        "headline": "Video komedi pendek berbahasa Tetun dan dialek Atambua",
        "bio": (
            "Saya bikin video lucu tentang hidup sehari-hari di Atambua: mama yang marah karena "
            "ayam hilang, om yang pulang dari perbatasan Motaain, anak muda yang cari sinyal di "
            "bukit.\n"
            "Semua pemainnya keluarga dan tetangga saya.\n"
            "Untuk iklan produk atau layanan masyarakat dalam bahasa Tetun, hubungi lewat "
            "Instagram."
        ),
        "instagram": "frengkynahak",
        "tiktok": "frengky.nahak",
        "available_for_hire": True,
        "price_from": 400000,
        "works": [
            {
                "title": "Seri: Mama Sonde Mau Tahu",
                "description": "Dua puluh sketsa pendek tentang mama yang selalu menang debat.",
                "year": 2025,
                "tags": "komedi, tiktok, atambua",
            },
            {
                "title": "Iklan layanan masyarakat cuci tangan dalam bahasa Tetun",
                "title_en": "Hand-washing public service video in Tetun",
                "description": "Dibuat bersama puskesmas setempat, diputar di posyandu se-Belu.",
                "year": 2021,
                "tags": "layanan masyarakat, kesehatan, tetun",
            },
            {
                "title": "Sketsa: Antar Belis",
                "description": (
                    "Dua keluarga tawar-menawar belis, dan om yang tugasnya bicara malah lupa "
                    "hitungan."
                ),
                "year": 2024,
                "tags": "komedi, belis, adat",
            },
        ],
    },
    {
        "handle": "lusia.mitan",
        "display_name": "Lusia Mitan",
        "category": "seni-rupa",
        "region": "sikka",
        "headline": "Lukisan akrilik tentang perempuan penenun dan laut Maumere",
        "headline_en": "Acrylic paintings of women weavers and the sea at Maumere",
        "bio": (
            "Saya melukis di rumah di pinggir Maumere, menghadap teluk.\n"
            "Tangan mama-mama yang mengikat benang dan warna laut sore hari adalah dua hal yang "
            "paling sering saya lukis.\n"
            "Tahun ini saya sedang menyiapkan pameran tunggal, jadi belum menerima pesanan baru."
        ),
        "bio_en": (
            "I paint at home on the edge of Maumere, looking over the bay.\n"
            "The hands of women tying ikat threads and the colours of the evening sea are what I "
            "paint most.\n"
            "I'm preparing a solo show this year, so I'm not taking new commissions."
        ),
        "instagram": "lusiamitan.art",
        "available_for_hire": False,
        "works": [
            {
                "title": "Tangan yang Mengikat",
                "title_en": "Hands That Tie",
                "description": "Akrilik di kanvas, 100 x 100 cm.",
                "year": 2023,
                "price_from": 4000000,
                "tags": "lukisan, akrilik, tenun, perempuan",
            },
            {
                "title": "Teluk Maumere sore hari",
                "title_en": "Maumere Bay in the evening",
                "description": "Akrilik di kanvas, 80 x 60 cm.",
                "year": 2024,
                "price_from": 2500000,
                "tags": "lukisan, laut, maumere",
            },
            {
                "title": "Seri kecil: Benang",
                "title_en": "Small series: Thread",
                "description": "Dua belas lukisan 20 x 20 cm tentang gulungan benang berwarna.",
                "year": 2025,
                "price_from": 750000,
                "tags": "lukisan, seri, benang",
            },
        ],
    },
    {
        "handle": "tiilangga.mbuik",
        "display_name": "Daniel Mbuik",
        "category": "kriya",
        "region": "rote-ndao",
        "headline": "Topi ti'i langga dan anyaman lontar buatan tangan dari Rote",
        "bio": (
            "Ti'i langga adalah topi lontar khas Rote dengan 'antena' tegak di depannya; kami "
            "membuatnya dari daun lontar muda yang dijemur lalu dibelah tipis.\n"
            "Saya meneruskan usaha bapa di Rote Tengah.\n"
            "Selain topi, kami menganyam haik (timba lontar), tempat sirih dan wadah resonansi "
            "untuk pembuat sasando."
        ),
        "instagram": "tiilangga.mbuik",
        "tiktok": "danielmbuik",
        "available_for_hire": True,
        "price_from": 75000,
        "works": [
            {
                "title": "Ti'i langga ukuran dewasa",
                "title_en": "Full-size ti'i langga",
                "description": (
                    "Dipakai untuk pernikahan, wisuda dan acara adat. Ukuran kepala bisa dipesan."
                ),
                "year": 2025,
                "price_from": 350000,
                "tags": "ti'i langga, topi, lontar, rote",
            },
            {
                "title": "Ti'i langga mini untuk suvenir",
                "description": (
                    "Tinggi 12 cm, untuk suvenir pernikahan dan seminar; minimal 50 buah."
                ),
                "year": 2024,
                "price_from": 75000,
                "tags": "suvenir, lontar, rote",
            },
            {
                "title": "Resonator lontar untuk sasando",
                "title_en": "Lontar resonators for sasando makers",
                "description": "Daun lontar dianyam melingkar, siap dipasang pada tabung sasando.",
                "year": 2023,
                "price_from": 150000,
                "tags": "sasando, lontar, anyaman",
            },
        ],
    },
    {
        "handle": "aldo.seran",
        "display_name": "Aldo Seran",
        "category": "fotografi",
        "region": "kota-kupang",
        "headline": "Foto dan video pernikahan adat di Kupang, Soe dan Atambua",
        "bio": (
            "Bersama tim kecil, dua fotografer dan satu videografer, saya mendokumentasikan "
            "pernikahan di Kupang, Soe dan Atambua sejak 2017.\n"
            "Bagian yang paling saya suka adalah acara adat sebelum pemberkatan: masuk minta, "
            "antar belis, dan tarian bersama keluarga besar.\n"
            "Paket lengkap dan contoh album: https://example.org/aldoseran"
        ),
        "instagram": "aldoseran.photo",
        "tiktok": "aldo.seran",
        "website": "https://example.org/aldoseran",
        "available_for_hire": True,
        "price_from": 4500000,
        "works": [
            {
                "title": "Antar belis keluarga Rote dan Timor",
                "description": (
                    "Dua hari dokumentasi: perundingan belis, penyerahan kain dan hewan, sampai "
                    "makan bersama."
                ),
                "year": 2025,
                "tags": "pernikahan, belis, adat",
            },
            {
                "title": "Foto wisuda di kampus Penfui",
                "title_en": "Graduation portraits at the Penfui campus",
                "description": "Sesi 30 menit untuk wisudawan dan keluarga, 20 foto olahan.",
                "year": 2024,
                "price_from": 500000,
                "tags": "wisuda, potret, kupang",
            },
            {
                "title": "Pernikahan di Pantai Lasiana",
                "description": "Pemberkatan sore di tepi pantai, resepsi sampai malam.",
                "year": 2023,
                "price_from": 4500000,
                "tags": "pernikahan, pantai, kupang",
            },
        ],
    },
    {
        "handle": "sasando.nalle",
        "display_name": "Nalle Bersaudara",
        "initials": "NB",
        "category": "musik",
        "region": "kota-kupang",
        "headline": "Trio sasando elektrik untuk resepsi, kafe dan acara kantor di Kupang",
        "bio": (
            "Kami tiga bersaudara dari Rote Timur yang besar di Kupang: sasando elektrik, gitar "
            "dan vokal.\n"
            "Lagu daerah NTT, keroncong, sampai lagu pop terbaru kami mainkan dengan warna "
            "sasando.\n"
            "Jadwal manggung bulan ini: https://example.org/nalle-bersaudara/jadwal"
        ),
        "instagram": "nallebersaudara",
        "tiktok": "nalle.bersaudara",
        "available_for_hire": True,
        "price_from": 3000000,
        "works": [
            {
                "title": "Bolelebo, live di Pantai Lasiana",
                "title_en": "Bolelebo, live at Lasiana beach",
                "description": (
                    "Lagu daerah NTT yang paling dikenal, dengan sasando sebagai melodi."
                ),
                "year": 2024,
                "tags": "sasando, bolelebo, live",
            },
            {
                "title": "Medley lagu daerah NTT",
                "description": (
                    "Flobamora, Bolelebo dan Anak Kambing Saya dalam satu aransemen sepuluh menit."
                ),
                "year": 2025,
                "tags": "medley, lagu daerah, sasando",
            },
            {
                "title": "Paket resepsi empat jam",
                "title_en": "Four-hour reception package",
                "description": "Trio lengkap dengan sound system untuk gedung sampai 500 tamu.",
                "year": 2026,
                "price_from": 3000000,
                "tags": "pernikahan, resepsi, sasando",
            },
        ],
    },
    {
        "handle": "umbu.dedi",
        "display_name": "Umbu Dedi Bili",
        "category": "konten",
        "region": "sumba-barat-daya",
        "headline": "Jalan-jalan dan cerita budaya Sumba Barat Daya: kampung adat, pasola, Weekuri",
        "headline_en": "Travel and culture in Southwest Sumba: ancestral villages, pasola, Weekuri",
        "bio": (
            "Saya pemandu wisata di Tambolaka yang mulai membuat konten sejak 2019.\n"
            "Saya suka menjelaskan adat Sumba dengan sopan: kapan boleh memotret, bagaimana masuk "
            "kampung adat, apa arti kubur batu di depan rumah.\n"
            "Paket kerja sama untuk hotel dan agen perjalanan: https://example.org/umbu-sumba"
        ),
        "bio_en": (
            "I'm a tour guide in Tambolaka and have been making videos since 2019.\n"
            "I like to explain Sumbanese custom respectfully: when you may take photos, how to "
            "enter an ancestral village, what the stone tombs before the houses mean.\n"
            "Packages for hotels and travel agents: https://example.org/umbu-sumba"
        ),
        "instagram": "umbu.sumba",
        "tiktok": "umbudedi",
        "available_for_hire": True,
        "price_from": 1000000,
        "works": [
            {
                "title": "Panduan sopan berkunjung ke Ratenggaro",
                "title_en": "Visiting Ratenggaro respectfully",
                "description": (
                    "Video tujuh menit bersama tetua kampung: salam, sirih pinang, dan bagian "
                    "rumah yang tidak boleh dimasuki tamu."
                ),
                "description_en": (
                    "A seven-minute video with a village elder: greetings, betel nut, and the "
                    "parts of the house guests must not enter."
                ),
                "year": 2024,
                "tags": "ratenggaro, kampung adat, etika wisata",
            },
            {
                "title": "Pasola Kodi dari tepi lapangan",
                "description": "Liputan pasola hari pertama, dari persiapan kuda sampai selesai.",
                "year": 2025,
                "tags": "pasola, kodi, sumba",
            },
            {
                "title": "Pagi di Danau Weekuri",
                "description": "Video pendek tanpa narasi, hanya suara air dan angin.",
                "year": 2023,
                "tags": "weekuri, alam, video pendek",
            },
        ],
    },
    {
        "handle": "serli.djobo",
        "display_name": "Serli Djobo",
        "category": "fesyen",
        "region": "alor",
        "headline": "Kain tenun Alor pewarna alam dari Pulau Ternate",
        "headline_en": "Naturally dyed Alor cloth from Ternate Island",
        "bio": (
            "Saya menenun di Pulau Ternate, sebentar naik perahu dari Alor Kecil.\n"
            "Di Alor, kain tenun dan moko masih menjadi bagian belis, jadi setiap kain punya "
            "tempatnya dalam adat.\n"
            "Warna saya ambil dari mengkudu, tarum, kunyit dan kulit kayu; sebagian benangnya "
            "masih dipintal dari kapas kebun sendiri."
        ),
        "bio_en": (
            "I weave on Ternate Island, a short boat ride from Alor Kecil.\n"
            "On Alor, woven cloth and bronze moko drums are still part of the bride price, so "
            "every cloth has its place in custom.\n"
            "My colours come from morinda, indigo, turmeric and bark; some of the thread is still "
            "spun from cotton we grow."
        ),
        "instagram": "serli.tenunalor",
        "available_for_hire": False,
        "works": [
            {
                "title": "Kain Alor merah tua motif belah ketupat",
                "title_en": "Deep red Alor cloth with diamonds",
                "description": "Mengkudu dicelup tujuh kali untuk merah setua ini.",
                "year": 2024,
                "price_from": 1750000,
                "tags": "alor, tenun ikat, pewarna alam",
            },
            {
                "title": "Sepasang kain untuk belis",
                "description": (
                    "Dua kain yang dibuat berpasangan untuk satu keluarga; hanya dibuat atas "
                    "pesanan."
                ),
                "year": 2023,
                "tags": "belis, adat, alor",
            },
            {
                "title": "Selendang kunyit",
                "title_en": "Turmeric shawl",
                "description": "Selendang kuning keemasan dengan garis tarum di kedua tepinya.",
                "year": 2025,
                "price_from": 400000,
                "tags": "selendang, kunyit, alor",
            },
        ],
    },
    {
        "handle": "stef.mbele",
        "display_name": "Stefanus Mbele",
        "category": "fotografi",
        "region": "nagekeo",
        "headline": "Memotret etu, sabana dan sawah di Nagekeo",
        "bio": (
            "Saya guru SMP di Boawae yang memotret di akhir pekan.\n"
            "Setiap tahun saya mendokumentasikan etu, tinju adat Nagekeo yang digelar sesudah "
            "panen, dan perubahan sabana di sekitar Aesesa.\n"
            "Menerima pesanan dokumentasi untuk desa, sekolah dan lembaga."
        ),
        "instagram": "stef.mbele",
        "available_for_hire": True,
        "price_from": 750000,
        "works": [
            {
                "title": "Etu di Boawae",
                "title_en": "Etu in Boawae",
                "description": (
                    "Seri hitam-putih tentang petinju, para pendukung dan tetua yang menjaga "
                    "aturan."
                ),
                "year": 2024,
                "tags": "etu, nagekeo, hitam putih",
            },
            {
                "title": "Sabana Aesesa di musim kemarau",
                "description": "Lanskap kuning keemasan dari bukit-bukit di atas Mbay.",
                "year": 2023,
                "tags": "lanskap, sabana, mbay",
            },
            {
                "title": "Wajah murid-murid saya",
                "title_en": "My students' faces",
                "description": "Potret kelas IX sebelum mereka lulus.",
                "year": 2025,
                "tags": "potret, sekolah",
            },
        ],
    },
    {
        "handle": "yanti.kolo",
        "display_name": "Yanti Kolo",
        "category": "seni-rupa",
        "region": "timor-tengah-utara",
        "headline": "Ilustrator buku anak, stiker dan kemasan dengan cerita rakyat Timor",
        "bio": (
            "Saya menggambar di Kefamenanu, dengan tablet bekas dan banyak kopi.\n"
            "Saya sudah mengilustrasikan empat buku cerita anak berbahasa Dawan dan Indonesia, "
            "kebanyakan dongeng yang saya dengar dari nenek di Biboki.\n"
            "Menerima pesanan ilustrasi buku, poster kampanye dan desain kemasan produk UMKM."
        ),
        "instagram": "yanti.kolo.art",
        "tiktok": "yantikolo",
        "available_for_hire": True,
        "price_from": 500000,
        "works": [
            {
                "title": "Buaya yang Menjadi Pulau",
                "title_en": "The Crocodile Who Became an Island",
                "description": (
                    "Ilustrasi buku cerita anak tentang asal-usul Pulau Timor, dalam dua bahasa: "
                    "Dawan dan Indonesia."
                ),
                "description_en": (
                    "Illustrations for a children's book on how Timor came to be, in Dawan and "
                    "Indonesian."
                ),
                "year": 2024,
                "tags": "ilustrasi, buku anak, cerita rakyat",
            },
            {
                "title": "Stiker WhatsApp dialek Timor",
                "description": (
                    "Tiga puluh stiker: 'sonde', 'beta su bilang', 'pi mana?', dan lain-lain."
                ),
                "year": 2023,
                "tags": "stiker, dialek, ilustrasi digital",
            },
            {
                "title": "Kemasan madu hutan Miomaffo",
                "title_en": "Packaging for Miomaffo forest honey",
                "description": "Label dan kotak untuk kelompok tani madu di Miomaffo.",
                "year": 2025,
                "price_from": 1500000,
                "tags": "kemasan, umkm, desain",
            },
        ],
    },
    {
        "handle": "mamuli.djawa",
        "display_name": "Umbu Rudi Djawa",
        "category": "kriya",
        "region": "sumba-tengah",
        "headline": "Liontin dan anting mamuli dari kuningan dan perak, buatan tangan",
        "bio": (
            "Mamuli adalah perhiasan yang dalam adat Sumba menjadi bagian belis dan pusaka "
            "keluarga.\n"
            "Saya membuat mamuli dari kuningan dan perak untuk dipakai sehari-hari, bukan untuk "
            "adat; bentuknya saya pelajari dari mamuli tua di kampung kami di Anakalang.\n"
            "Setiap pesanan dibuat satu per satu, sekitar dua minggu."
        ),
        "instagram": "mamuli.djawa",
        "available_for_hire": True,
        "price_from": 350000,
        "works": [
            {
                "title": "Liontin mamuli kuningan",
                "title_en": "Brass mamuli pendant",
                "description": "Tinggi 4 cm, dengan tali kulit.",
                "year": 2024,
                "price_from": 350000,
                "tags": "mamuli, perhiasan, kuningan",
            },
            {
                "title": "Anting mamuli perak",
                "description": "Sepasang anting kecil dari perak 925.",
                "year": 2025,
                "price_from": 650000,
                "tags": "mamuli, perhiasan, perak",
            },
            {
                "title": "Mamuli besar untuk hiasan dinding",
                "description": "Tinggi 25 cm, kuningan tempa, dengan papan kayu.",
                "year": 2023,
                "price_from": 1200000,
                "tags": "mamuli, dekorasi, sumba",
            },
        ],
    },
    {
        "handle": "dethan.studio",
        "display_name": "Stevi Dethan",
        "category": "fesyen",
        "region": "kota-kupang",
        "headline": "Busana siap pakai dari tenun ikat NTT: blazer, outer dan gaun",
        "headline_en": "Ready-to-wear in NTT ikat: blazers, outerwear and dresses",
        "bio": (
            "Saya belajar tata busana di Surabaya, lalu pulang ke Kupang tahun 2018 dan membuka "
            "studio kecil di Oebobo.\n"
            "Kainnya saya beli dari penenun di Amarasi, Rote dan Sabu dengan harga yang kami "
            "sepakati bersama.\n"
            "Menerima pesanan seragam kantor, busana pengantin dan koleksi untuk butik."
        ),
        "instagram": "dethan.studio",
        "tiktok": "dethanstudio",
        "website": "https://example.org/dethan-studio",
        "available_for_hire": True,
        "price_from": 650000,
        "works": [
            {
                "title": "Koleksi Nona Kupang",
                "title_en": "The Nona Kupang collection",
                "description": (
                    "Dua belas potong busana kerja: blazer, rok dan kemeja dengan panel tenun "
                    "Amarasi."
                ),
                "year": 2025,
                "tags": "koleksi, blazer, amarasi",
            },
            {
                "title": "Outer tenun Amarasi",
                "description": "Outer longgar tanpa kancing, bisa dipakai pria dan wanita.",
                "year": 2024,
                "price_from": 850000,
                "tags": "outer, amarasi, siap pakai",
            },
            {
                "title": "Gaun pengantin dengan sarung Rote",
                "title_en": "Wedding gown with a Rote sarong",
                "description": "Gaun putih dengan ekor dari sarung Rote milik nenek pengantin.",
                "year": 2023,
                "tags": "pengantin, rote, gaun",
            },
            {
                "title": "Seragam kantor motif Sabu untuk 40 staf",
                "description": "Kemeja dan blus dengan aksen tenun Sabu di kerah dan saku.",
                "year": 2026,
                "price_from": 450000,
                "tags": "seragam, sabu, kantor",
            },
        ],
    },
    {
        "handle": "ferdy.dappa",
        "display_name": "Ferdy Dappa",
        "category": "fotografi",
        "region": "sumba-barat",
        "headline": "Fotografer dan pilot drone di Waikabubak: pasola, kampung adat, lanskap",
        "bio": (
            "Saya memotret Sumba Barat dari darat dan udara.\n"
            "Setiap tahun saya meliput pasola di Wanokaka dan Lamboya, dan selalu minta izin "
            "tetua sebelum menerbangkan drone di atas kampung adat.\n"
            "Menerima pesanan foto udara untuk hotel, pemerintah daerah dan pembuat film."
        ),
        "instagram": "ferdydappa",
        "tiktok": "ferdy.drone",
        "available_for_hire": True,
        "price_from": 1250000,
        "works": [
            {
                "title": "Pasola Wanokaka",
                "description": "Kuda, lembing kayu dan ribuan penonton di tepi pantai.",
                "year": 2024,
                "tags": "pasola, wanokaka, sumba barat",
            },
            {
                "title": "Kampung Tarung dari udara",
                "title_en": "Tarung village from the air",
                "description": (
                    "Atap-atap menara di bukit tengah Waikabubak, difoto dengan izin ketua adat."
                ),
                "year": 2025,
                "tags": "drone, kampung adat, waikabubak",
            },
            {
                "title": "Air Terjun Lapopu",
                "description": "Foto panjang di musim hujan, saat air sedang deras-derasnya.",
                "year": 2022,
                "price_from": 750000,
                "tags": "air terjun, lanskap, cetak",
            },
        ],
    },
    {
        "handle": "likurai.malaka",
        "display_name": "Sanggar Likurai Betun",
        "initials": "LB",
        "category": "musik",
        "region": "malaka",
        "headline": "Tari likurai dan tabuhan tihar dari Betun, Malaka",
        "bio": (
            "Likurai dulu ditarikan untuk menyambut para pahlawan yang pulang dari perang; "
            "sekarang untuk menyambut tamu.\n"
            "Penari perempuan menabuh tihar, gendang kecil yang dikepit di lengan, sementara "
            "penari laki-laki membawa pedang dan selendang.\n"
            "Kami melatih anak-anak muda di Betun agar tarian ini tidak hilang."
        ),
        "tiktok": "likurai.malaka",
        "available_for_hire": True,
        "price_from": 1500000,
        "works": [
            {
                "title": "Likurai penyambutan tamu di Betun",
                "description": (
                    "Dua puluh penari menyambut rombongan tamu di halaman kantor bupati."
                ),
                "year": 2025,
                "tags": "likurai, tihar, malaka",
            },
            {
                "title": "Latihan bersama anak-anak Weliman",
                "description": "Sebulan latihan setiap sore untuk anak SD dan SMP.",
                "year": 2024,
                "tags": "likurai, anak, latihan",
            },
        ],
    },
    {
        "handle": "rafael.tukan",
        "display_name": "Rafael Tukan",
        "category": "seni-rupa",
        "region": "flores-timur",
        "headline": "Lukisan dan cukil kayu tentang Larantuka, Adonara dan laut Flores Timur",
        "bio": (
            "Saya guru seni di Larantuka.\n"
            "Saya sering melukis Semana Santa, pekan suci yang dirayakan di kota ini sejak zaman "
            "Portugis: lilin, prosesi dan perahu di Selat Gonsalu.\n"
            "Saya juga membuat cetak cukil kayu edisi terbatas."
        ),
        "instagram": "rafaeltukan",
        "available_for_hire": True,
        "price_from": 600000,
        "works": [
            {
                "title": "Prosesi laut Jumat Agung",
                "title_en": "Good Friday sea procession",
                "description": "Minyak di kanvas, 150 x 90 cm.",
                "year": 2023,
                "price_from": 5000000,
                "tags": "lukisan, semana santa, larantuka",
            },
            {
                "title": "Perempuan Lamaholot",
                "title_en": "Lamaholot Woman",
                "description": "Cetak cukil kayu di kertas, 30 x 40 cm, edisi 20.",
                "year": 2024,
                "price_from": 600000,
                "tags": "cukil kayu, cetak, lamaholot",
            },
            {
                "title": "Ile Boleng dari Larantuka",
                "description": "Gunung di Adonara dilihat dari seberang selat, pagi hari.",
                "year": 2025,
                "price_from": 2000000,
                "tags": "lukisan, adonara, lanskap",
            },
        ],
    },
    {
        "handle": "yosefina.moa",
        "display_name": "Mama Yosefina Moa",
        "initials": "YM",
        "category": "fesyen",
        "region": "sikka",
        "headline": "Sarung tenun ikat Sikka, benang pintal tangan dan pewarna alam",
        "bio": (
            "Saya menenun sarung sejak menikah, seperti mama dan nenek saya.\n"
            "Benang kapas saya pintal sendiri, lalu dicelup tarum untuk biru dan akar mengkudu "
            "untuk merah. Satu sarung selesai dua sampai empat bulan.\n"
            "Pesanan dibantu cucu saya, Vero, lewat WhatsApp."
        ),
        "whatsapp": "+6281338205714",
        "show_whatsapp": True,
        "available_for_hire": True,
        "price_from": 350000,
        "works": [
            {
                "title": "Sarung perempuan biru tarum",
                "title_en": "Woman's sarong in indigo",
                "description": (
                    "Biru tua dengan motif ikat putih kecil-kecil, dicelup sebelas kali."
                ),
                "year": 2024,
                "price_from": 2500000,
                "tags": "sarung, tarum, sikka, pewarna alam",
            },
            {
                "title": "Sarung laki-laki kotak-kotak",
                "description": "Kotak-kotak merah, hitam dan cokelat, untuk dipakai ke gereja.",
                "year": 2023,
                "price_from": 1200000,
                "tags": "sarung, sikka, laki-laki",
            },
            {
                "title": "Selendang tenun untuk wisuda",
                "description": "Selendang pendek; bisa ditambah nama dan tahun wisuda.",
                "year": 2025,
                "price_from": 350000,
                "tags": "selendang, wisuda, hadiah",
            },
        ],
    },
    {
        "handle": "anyaman.gewang",
        "display_name": "Ester Neolaka",
        "category": "kriya",
        "region": "kupang",
        "headline": "Tas, tikar dan oko mama dari anyaman daun gewang, Amfoang",
        "headline_en": "Bags, mats and oko mama betel boxes woven from gebang palm, Amfoang",
        "bio": (
            "Gewang adalah palem yang tumbuh di padang-padang Timor: pelepahnya untuk dinding "
            "rumah dan daunnya untuk anyaman.\n"
            "Bersama mama-mama di kampung saya di Amfoang, kami menganyam tas, tikar, oko mama "
            "(tempat sirih pinang) dan bakul nasi.\n"
            "Kami juga menerima pesanan suvenir untuk seminar dan pernikahan."
        ),
        "instagram": "anyaman.gewang",
        "available_for_hire": True,
        "price_from": 35000,
        "works": [
            {
                "title": "Tas gewang bergaris hitam",
                "title_en": "Gebang palm bag with black stripes",
                "description": (
                    "Tas jinjing 35 x 30 cm, garis hitam dari daun yang direndam lumpur."
                ),
                "year": 2025,
                "price_from": 175000,
                "tags": "tas, gewang, anyaman",
            },
            {
                "title": "Oko mama",
                "description": (
                    "Tempat sirih pinang khas Timor, diberikan kepada tamu sebagai tanda hormat."
                ),
                "description_en": (
                    "Timor's betel-nut box, offered to guests as a sign of respect."
                ),
                "year": 2024,
                "price_from": 125000,
                "tags": "oko mama, sirih pinang, timor",
            },
            {
                "title": "Suvenir seminar, 300 buah",
                "description": "Dompet kecil gewang dengan logo acara dari benang wol.",
                "year": 2023,
                "price_from": 35000,
                "tags": "suvenir, gewang, pesanan",
            },
        ],
    },
]
