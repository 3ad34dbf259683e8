"""Hand-written pools of people's names, written for this corpus (no external source).

Each pool is split between the ``dev`` and ``test`` corpora by a stable hash of
the name (:func:`split_of`), so no name appears in both. The pools reflect who
is in this program on the prairies: Cree, Blackfoot, Stoney Nakoda, Dene and
Métis surnames, many of them ordinary words ("Yellowhorn", "Many Grey Horses");
Punjabi, Somali, Eritrean, Vietnamese, Filipino, Ukrainian-Canadian and
French-Canadian names; nicknames and short names; working names that are
ordinary words; men's names, street names, and men's names that are also cities.
"""

from __future__ import annotations

import zlib

SPLITS = ("dev", "test")


def split_of(value: str) -> str:
    """Return ``"dev"`` or ``"test"``: the one split a name or place belongs to."""
    return SPLITS[zlib.crc32(value.lower().encode()) % 2]


def _words(block: str) -> list[str]:
    return [w.strip() for w in block.replace("\n", ",").split(",") if w.strip()]


WOMEN_FIRST = _words(
    """
    Harjit, Gurpreet, Manpreet, Jaspreet, Navdeep, Simranjit, Rajwinder, Kulwinder, Amandeep,
    Sukhjeet, Harleen, Parminder, Balwinder, Inderjit, Kiranjot, Gagandeep, Tejinder,
    Hodan, Faduma, Ayaan, Sahra, Idil, Ifrah, Hamdi, Ubah, Ladan, Nimco, Ikran, Fartun, Deeqa,
    Muna, Sagal, Khadra, Shukri, Warda, Hibaq,
    Senait, Mebrat, Tsega, Helen, Selam, Yordanos, Freweini, Abrehet, Letekidan, Saba, Rahel,
    Luwam, Feven, Semhar, Tirhas, Mehret,
    Thi Lan, Ngoc Anh, Thuy, Hoa, Huong, Phuong, Trang, Kim Oanh, Linh, Thao, Diem,
    Maricel, Jocelyn, Marivic, Lorna, Rowena, Analyn, Jennelyn, Rhodora, Cherry Mae, Rosalinda,
    Mylene, Ligaya, Divina, Marites, Joanna Marie,
    Oksana, Halyna, Nadiya, Larysa, Iryna, Olena, Tetiana, Khrystyna, Zoriana, Myroslava, Orysia,
    Chantal, Josée, Manon, Nathalie, Sylvie, Ginette, Lise, Mireille, Brigitte, Réjeanne, Francine,
    Kateri, Winona, Tanis, Shauna, Cheyanne, Nakita, Shayla, Kaylee-Ann, Raven, Skye, Leona,
    Darlene, Rhonda, Brandi, Trina, Shaylene, Kenzie, Jolene, Tawnya, Crystal-Dawn,
    """
)

NICKNAMES = _words(
    """
    Becca, Kat, Mandy, Crys, Loz, Tash, Steph, Jen, Shan, Dani, Liv, Sam, Jo, Bec, Mel, Nic, Vic,
    Tori, Tee, Kiki, Lulu, Bree, Cass, Des, Fi, Gabs, Izzy, Jojo, Kels, Lexi, Mags, Nat, Pam,
    Rae, Shay, Tam, Val, Wren, Yas, Zee, Bev, Deb, Trish, Char, Suze, Jas, Harj, Preet, Lani,
    Nee, Didi, Ash, Britt, Cait, Em, Frankie, Jackie, Lou, Mo, Roz, Sash, Terri, Toni, Vee,
    """
)

WORKING_NAMES = _words(
    """
    Peaches, Ginger, Bunny, Treasure, Lucky, Candy, Cherry, Sugar, Honey, Angel, Diamond,
    Precious, Velvet, Star, Kitten, Cinnamon, Jewel, Sapphire, Misty, Bambi, Storm, Paris,
    Mocha, Caramel, Sunshine, Princess, Coco, Brandy, Cookie, Butterfly, Pepper, Lollipop,
    Sparkle, Baby Girl, Snow, Sky, Blossom, Raven, Cupcake, Dimples, Passion, Midnight,
    """
)

SURNAMES = _words(
    """
    Yellowhorn, Crowchild, Bearspaw, Many Grey Horses, Eagle Speaker, Runningrabbit, Weaselfat,
    Calf Robe, Big Plume, Starlight, Twoyoungmen, Littlechild, Cardinal, Wolfleg, Heavy Shield,
    Crow Shoe, Old Shoes, Scalplock, Many Fingers, Red Crow, Black Water, Water Chief,
    Standingready, Kakakaway, Okemaw, Sunchild, Tailfeathers, Bull Bear, Spotted Eagle,
    Fox, Strongeagle, Badger, Whitecalf, Houle, Desjarlais, Laboucane, Belcourt, Callihoo,
    Gladue, Ghostkeeper, Lameman, Moosomin, Kootenay, Poundmaker, Thunderchild, Sleigh,
    Sandhu, Gill, Dhaliwal, Grewal, Brar, Sidhu, Sekhon, Dhillon, Bains, Toor, Kang, Mann, Johal,
    Khaira, Randhawa, Cheema, Aujla, Pannu, Bhullar, Hundal, Rai, Kaur,
    Warsame, Farah, Abdi, Hirsi, Jama, Osman, Omar, Ali Hassan, Yusuf, Aden, Egal, Dirie, Guled,
    Mohamud, Nur, Shire, Ugas, Samatar, Duale, Abdullahi,
    Tesfaye, Ghebremariam, Haile, Yohannes, Tekle, Berhe, Kidane, Woldu, Gebreyesus, Mehari,
    Tewolde, Habte, Asmerom, Zerai, Negash, Andemariam,
    Nguyen, Tran, Pham, Le, Vo, Dang, Bui, Do, Ho, Ngo, Duong, Ly, Truong, Huynh,
    Dela Cruz, Bautista, Macaraeg, Villanueva, Santos, Reyes, Mendoza, Dimaculangan, Manalo,
    Pascual, Soriano, Lacson, Magsaysay, Tolentino, Panganiban, Dizon, Aquino, Salonga,
    Kowalchuk, Hnatiuk, Melnyk, Shewchuk, Bilyk, Fedoruk, Zacharuk, Hrynchuk, Boychuk, Kuzyk,
    Lysak, Tkachuk, Yaremko, Wowk, Semeniuk, Stepaniuk, Pidhirney, Sawchuk,
    Gagnon, Lavallée, Bélanger, Tremblay, Lachance, Beaudoin, Lafleur, Bonneau, Boisvert,
    Laframboise, Deschamps, Lebeau, Beaulieu, Loiselle, Rivière, Champagne, Bellerose,
    """
)

MEN_FIRST = _words(
    """
    Darnell, Tyrell, Jaxon, Brayden, Colton, Kyle, Dustin, Travis, Cody, Shane, Wade, Trent,
    Rajinder, Harpreet, Jaswinder, Gurdeep, Mandeep, Sukhwinder, Abdirahman, Mahad, Abdikarim,
    Liban, Yonas, Dawit, Filmon, Tesfalem, Quang, Minh, Tuan, Rodel, Jomar, Arnel, Bogdan,
    Taras, Yuriy, Mykola, Réjean, Gaétan, Sylvain, Stoney, Lyle, Merle, Clayton, Rusty, Duane,
    Marcel, Dwayne, Jerome, Lionel, Keanu, Tanner, Brody, Ricky, Danny, Corey,
    """
)

STREET_NAMES = _words(
    """
    Little Dre, Big Mike, Lil Smoke, Yung Tay, Slim, Cash, Ice, Ghost, Blaze, Spider, Bones,
    Little Ray, Big Country, T-Bone, Dollar, Rico, Boogie, Scrappy, Pops, Smiley, Lil Jay,
    Tiny, Tank, Bishop, Dutch, Jokes, K-Money, Fly Guy,
    """
)

CITY_MEN = _words(
    """
    Austin, Tyler, Dallas, Houston, Jackson, Lincoln, Camden, Denver, Brooklyn, Phoenix, Memphis,
    Orlando, Quincy, Chester, Kingston, Kent, Carson, Cleveland, Boston, Troy, Jordan, Hudson,
    """
)
