"""Fixture WARC files written with warcio: our own short French (and other) pages, no article text.

    write_warc(path, records)      records: Record(url, body, content_type, status, date)
    mixed_records(n, seed)         a CC-NEWS-like mix: ~8 % relevant French pages, the rest irrelevant
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import random
from dataclasses import dataclass

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

TOWNS = ["Valmont", "Brécy", "Lormes", "Saint-Aubin", "Corbel", "Maurac", "Vienne-la-Ville", "Pradelles", "Orcival", "Mirande"]
KINDS = ["centre hospitalier", "clinique", "laboratoire d'analyses", "Ehpad", "centre de radiologie"]


@dataclass
class Record:
    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    date: dt.datetime = dt.datetime(2026, 3, 2, 8, 0, 0)
    relevant: bool = False
    encoding: str | None = None  # Content-Encoding of the archived payload (gzip: body is compressed here)


def page(title: str, paragraphs: list[str], lang: str = "fr", published: str = "2026-03-02") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        '<meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{published}T08:00:00+01:00"></head>'
        f'<body><nav><a href="/">Accueil</a></nav><article><h1>{title}</h1>{body}</article>'
        "<footer>Mentions légales</footer></body></html>"
    ).encode("utf-8")


def breach_page(i: int, published: str = "2026-03-02") -> tuple[str, bytes]:
    town, kind = TOWNS[i % len(TOWNS)], KINDS[(i // len(TOWNS)) % len(KINDS)]
    n = 1000 + 37 * i
    title = f"Cyberattaque : le {kind} de {town} visé par des pirates ({i})"
    paragraphs = [
        f"Le {kind} de {town} a été victime d'une cyberattaque, a annoncé sa direction dans un communiqué publié le {published}.",
        f"Les pirates ont dérobé les données de {n} patients, dont leurs noms, leurs dates de naissance et leurs numéros de sécurité sociale.",
        "Un rançongiciel a chiffré une partie des serveurs ; les équipes ont basculé en mode dégradé pour continuer à soigner.",
        "La direction a porté plainte et notifié la CNIL, tandis que l'agence régionale de santé accompagne l'établissement.",
    ]
    return title, page(title, paragraphs, published=published)


def sport_page(i: int) -> tuple[str, bytes]:
    town = TOWNS[i % len(TOWNS)]
    title = f"Football : le club de {town} s'impose à domicile ({i})"
    paragraphs = [
        f"Le club de football de {town} a remporté samedi soir son match face au voisin, au terme d'une rencontre disputée.",
        "Les supporters ont célébré la victoire dans les rues de la ville jusqu'à tard dans la nuit, dans une belle ambiance.",
        "L'entraîneur a salué l'engagement de ses joueurs et a annoncé que la préparation du prochain match commencerait lundi.",
    ]
    return title, page(title, paragraphs)


def english_page(i: int) -> tuple[str, bytes]:
    title = f"Hospital in Springfield hit by ransomware ({i})"
    paragraphs = [
        "The hospital in Springfield was hit by a ransomware attack on Sunday night, and the data of patients was stolen by the attackers.",
        "The hospital said that the emergency department has been working on paper since the attack and that the police have been told.",
        "It is the third attack of this kind on a hospital of the region this year, and the board has asked for help from the state.",
    ]
    return title, page(title, paragraphs, lang="en")


def spanish_page(i: int) -> tuple[str, bytes]:
    title = f"Ciberataque contra un hospital de Valdemoro ({i})"
    paragraphs = [
        "El hospital de Valdemoro sufrió un ciberataque el domingo por la noche y los datos de los pacientes fueron robados por los atacantes.",
        "La dirección del hospital explicó que las urgencias funcionan en papel desde el ataque y que la policía ya ha sido informada.",
        "Es el tercer ataque de este tipo contra un hospital de la región este año, y la consejería de sanidad ha pedido ayuda al Estado.",
    ]
    return title, page(title, paragraphs, lang="es")


def write_warc(path, records: list[Record]) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=str(path).endswith(".gz"))
        for rec in records:
            status_line = f"{rec.status} {'OK' if rec.status == 200 else 'Not Found'}"
            body = gzip.compress(rec.body) if rec.encoding == "gzip" else rec.body
            fields = [("Content-Type", rec.content_type), ("Content-Length", str(len(body)))]
            if rec.encoding:
                fields.append(("Content-Encoding", rec.encoding))
            headers = StatusAndHeaders(status_line, fields, protocol="HTTP/1.1")
            request = writer.create_warc_record(rec.url, "request", payload=io.BytesIO(f"GET {rec.url} HTTP/1.1\r\n\r\n".encode()))
            writer.write_record(request)
            response = writer.create_warc_record(
                rec.url, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": rec.date.strftime("%Y-%m-%dT%H:%M:%SZ")},
            )
            writer.write_record(response)


def mixed_records(n: int, seed: int = 0, host: str = "journal.example", relevant_every: int = 12, start: int = 0) -> list[Record]:
    """n response records: one relevant French breach page in `relevant_every`, the rest
    French sport pages, English and Spanish breach pages, images and 404s."""
    rng = random.Random(seed)
    records = []
    for k in range(start, start + n):
        if k % relevant_every == 0:
            _, body = breach_page(k)
            records.append(Record(f"https://www.{host}/sante/article-{k}", body, relevant=True))
            continue
        roll = rng.random()
        if roll < 0.6:
            _, body = sport_page(k)
            records.append(Record(f"https://www.{host}/sport/match-{k}", body))
        elif roll < 0.75:
            _, body = english_page(k)
            records.append(Record(f"https://www.{host}/en/news-{k}", body))
        elif roll < 0.85:
            _, body = spanish_page(k)
            records.append(Record(f"https://www.{host}/es/noticia-{k}", body))
        elif roll < 0.95:
            records.append(Record(f"https://www.{host}/img/{k}.jpg", b"\xff\xd8\xff\xe0" + bytes(200), content_type="image/jpeg"))
        else:
            records.append(Record(f"https://www.{host}/missing-{k}", b"<html><body>introuvable</body></html>", status=404))
    return records
