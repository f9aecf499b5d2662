"""The office key: a secret kept outside the database that signs checkpoints of the history.

The hash chain alone shows a change only to someone who did not recompute it: a person with the
database owner's rights can rewrite an event and compute every later hash again, or delete the
tail and move the head back. With the office key, the history's head is signed from time to
time (``storage.history``: a *checkpoint* row records the event count and the head hash with an
HMAC-SHA-256 under this key), and each computer that holds the key also keeps the highest
checkpoint it has seen in a small file beside the key (the *witness*), outside the database.
Without the key nobody can sign a checkpoint for a rewritten chain; deleting the checkpoints
with the tail is caught by the witness.

Where the key is read from: ``--key-file`` (:func:`use_path`), else ``$KPPN_OFFICE_KEY_FILE``,
else ``kunci-kantor.key`` in the user's configuration folder. A missing file means "no key":
the chain is then unkeyed, and ``db verify`` says what that means.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir

from kppn_desktop.domain.errors import KppnError
from kppn_desktop.domain.texts import N_

ENV = "KPPN_OFFICE_KEY_FILE"
FILE_NAME = "kunci-kantor.key"
WITNESS_SUFFIX = ".titik"


class OfficeKeyError(KppnError):
    """The office key file cannot be created or read."""


@dataclass(frozen=True)
class Witness:
    """The highest checkpoint this computer saw signed: ``seq`` events with head ``hash``."""

    seq: int
    hash: str
    mac: str


@dataclass(frozen=True)
class OfficeKey:
    path: Path
    secret: bytes

    @property
    def id(self) -> str:
        """A short name of the key (not the key): which key signed a checkpoint."""
        return hashlib.sha256(b"kppn-office-key:" + self.secret).hexdigest()[:16]

    def sign(self, seq: int, head: str) -> str:
        """The HMAC-SHA-256 of "``seq`` events, head ``head``"."""
        return hmac.new(self.secret, f"kppn-checkpoint:{seq}:{head}".encode("ascii"),
                        hashlib.sha256).hexdigest()

    def signed(self, seq: int, head: str, mac: str) -> bool:
        return isinstance(mac, str) and hmac.compare_digest(self.sign(seq, head), mac)

    @property
    def witness_path(self) -> Path:
        return self.path.with_name(self.path.name + WITNESS_SUFFIX)

    def witness(self) -> Witness | None:
        """The witness kept beside the key; None if there is none yet. A witness that cannot be
        read is returned with an empty mac, so that verification names it."""
        try:
            raw = json.loads(self.witness_path.read_text(encoding="utf-8"))
            return Witness(int(raw["seq"]), str(raw["hash"]), str(raw["mac"]))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            return Witness(-1, "", "")

    def remember(self, seq: int, head: str) -> bool:
        """Raise the witness to a checkpoint of ``seq`` events (never lower it). True if moved."""
        known = self.witness()
        if known is not None and self.signed(known.seq, known.hash, known.mac) \
                and known.seq >= seq:
            return False
        text = json.dumps({"seq": seq, "hash": head, "mac": self.sign(seq, head)})
        temporary = self.witness_path.with_name(self.witness_path.name + ".baru")
        _write_private(temporary, text.encode("ascii"), exclusive=False)
        os.replace(temporary, self.witness_path)
        return True


def default_path() -> Path:
    return Path(user_config_dir("KPPN Desktop", appauthor=False)) / FILE_NAME


_UNSET = object()
_chosen_path: Path | None = None
_key: OfficeKey | None | object = _UNSET


def path() -> Path:
    """Where the key is looked for: ``--key-file``, else ``$KPPN_OFFICE_KEY_FILE``, else the
    configuration folder."""
    if _chosen_path is not None:
        return _chosen_path
    env = os.environ.get(ENV)
    return Path(env).expanduser() if env else default_path()


def use_path(chosen: str | os.PathLike | None) -> None:
    """Look for the key at ``chosen`` (the command line's ``--key-file``) from now on."""
    global _chosen_path, _key
    _chosen_path = Path(chosen).expanduser() if chosen else None
    _key = _UNSET


def use(key: OfficeKey | None) -> None:
    """Sign with ``key`` from now on (None: no key, whatever files exist). For tests and tools."""
    global _key
    _key = key


def current() -> OfficeKey | None:
    """The office key of this computer, read once; None when there is none."""
    global _key
    if _key is _UNSET:
        _key = load(path()) if path().exists() else None
    return _key  # type: ignore[return-value]


def load(where: Path) -> OfficeKey:
    try:
        text = where.read_text(encoding="ascii").strip()
        secret = bytes.fromhex(text)
    except FileNotFoundError:
        raise OfficeKeyError(N_("Berkas kunci kantor tidak ada: {where}"), where=str(where)) from None
    except (OSError, ValueError, UnicodeDecodeError):
        raise OfficeKeyError(N_("Berkas kunci kantor tidak dapat dibaca atau isinya bukan kunci: "
                                "{where}"), where=str(where)) from None
    if len(secret) < 32:
        raise OfficeKeyError(N_("Berkas kunci kantor terlalu pendek (bukan kunci dari 'kppn-desktop "
                                "db key create'): {where}"), where=str(where))
    if os.name == "posix" and where.stat().st_mode & 0o077:
        raise OfficeKeyError(N_("Berkas kunci kantor {where} dapat dibaca pengguna lain; batasi "
                                "izinnya: chmod 600 '{where}'"), where=str(where))
    return OfficeKey(where, secret)


def create(where: Path | None = None) -> OfficeKey:
    """A new random key in a file only its owner may read (0600); never overwrites a key."""
    where = where or path()
    where.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_bytes(32)
    try:
        _write_private(where, (secret.hex() + "\n").encode("ascii"), exclusive=True)
    except FileExistsError:
        raise OfficeKeyError(N_("Kunci kantor sudah ada: {where}. Kunci lama tidak ditimpa: titik "
                                "periksa yang ditandatanganinya hanya dapat diperiksa dengannya."),
                             where=str(where)) from None
    except OSError as exc:
        raise OfficeKeyError(N_("Kunci kantor tidak dapat dibuat di {where}: {why}"),
                             where=str(where), why=exc.strerror) from None
    return OfficeKey(where, secret)


def _write_private(where: Path, data: bytes, *, exclusive: bool) -> None:
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    fd = os.open(where, flags | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    if os.name == "posix":
        os.chmod(where, 0o600)
