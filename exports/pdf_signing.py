"""The chair's digital signature on the result sheet PDF (PAdES, via pyHanko), and its validation.

PDF readers do not know Ed25519 (poppler's ``pdfsig`` calls such a file "not signed or corrupted"),
so the app gives the chair a second key for PDFs: an ECDSA P-256 key derived deterministically from
the chair's Ed25519 private key (HKDF-SHA256 of its 32 bytes, reduced to a scalar in [1, n-1]), and
a self-signed X.509 certificate for it. The same chair key therefore always gives the same signing
key and, because every field is fixed and the certificate is signed with deterministic ECDSA
(RFC 6979), the same certificate.

The certificate names the chair (CN) and carries the chair's Ed25519 fingerprint (serialNumber,
"Ed25519 XXXX-XXXX-…": the string printed everywhere else). It also carries a binding extension:
the chair's Ed25519 public key and an Ed25519 signature over the P-256 public key, so that anyone
holding the chair's public key (the signer of the ``.crresult``) can check that this certificate
was made by the chair, not merely labelled with their name.

``validate_signed_pdf`` checks a signed sheet offline with the embedded certificate as the only trust
root, after checking that binding, and accepts only a signature that is intact, valid and trusted
and covers the entire file: bytes appended after ``%%EOF`` are refused (pyHanko would still call
that signature valid, at ENTIRE_REVISION coverage). Every exception, pyHanko's or otherwise, becomes
a refusal ``(False, reason)``.

pyHanko and asn1crypto are imported only inside functions (slow imports, off the start-up path).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.x509.oid import NameOID

from app.errors import CraftsmanError
from app.keys import fingerprint
from app.messages import msg
from exports.files import atomic_write

# The order n of the P-256 group (SEC 2, secp256r1).
P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
_HKDF_INFO = b"craftsman-review/pdf-signing-key/P-256/v1"
_BINDING_CONTEXT = b"craftsman-review/pdf-signing-key-binding/v1\x00"
# A private extension under the UUID arc 2.25 (ITU-T X.667): no registration needed.
BINDING_OID = x509.ObjectIdentifier("2.25.292638411780457381622196133744869186618")
_FINGERPRINT_PREFIX = "Ed25519 "
_ORGANISATION = "上海工匠评审 craftsman-review"
_UNIT = "评审组长 panel chair"
# Every field of the certificate is fixed, so one chair key always gives one certificate.
_NOT_BEFORE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
_NOT_AFTER = dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.UTC)  # RFC 5280: no expiry
FIELD_NAME = "ChairSignature"


class PdfSigningError(CraftsmanError):
    """The PDF could not be signed."""


@dataclass(frozen=True)
class SigningIdentity:
    """The chair's PDF signing key and certificate."""

    private_key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    chair_name: str
    chair_fingerprint: str  # of the Ed25519 key, as printed everywhere


def derive_signing_key(chair_key: Ed25519PrivateKey) -> ec.EllipticCurvePrivateKey:
    """The P-256 key of ``chair_key``: HKDF-SHA256 of its private bytes, as a scalar in [1, n-1].

    48 bytes of output make the reduction modulo n - 1 unbiased to within 2^-128.
    """
    secret = chair_key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                     serialization.NoEncryption())
    material = HKDF(algorithm=hashes.SHA256(), length=48, salt=None, info=_HKDF_INFO).derive(secret)
    scalar = int.from_bytes(material, "big") % (P256_ORDER - 1) + 1
    return ec.derive_private_key(scalar, ec.SECP256R1())


def _spki(public_key: ec.EllipticCurvePublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def _encode_binding(chair_public: bytes, signature: bytes) -> bytes:
    """DER: SEQUENCE { OCTET STRING ed25519PublicKey (32), OCTET STRING signature (64) }."""
    body = b"\x04\x20" + chair_public + b"\x04\x40" + signature
    return b"\x30" + bytes([len(body)]) + body


def _decode_binding(value: bytes) -> tuple[bytes, bytes]:
    if len(value) != 102 or value[:4] != b"\x30\x64\x04\x20" or value[36:38] != b"\x04\x40":
        raise ValueError("binding extension malformed")
    return value[4:36], value[38:]


def make_signing_identity(chair_key: Ed25519PrivateKey, chair_name: str) -> SigningIdentity:
    """The chair's P-256 key and self-signed certificate (deterministic for a given key and name)."""
    private_key = derive_signing_key(chair_key)
    public_key = private_key.public_key()
    chair_public = chair_key.public_key()
    chair_fingerprint = fingerprint(chair_public)
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, chair_name.strip() or "评审组长"),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, _FINGERPRINT_PREFIX + chair_fingerprint),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, _UNIT),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, _ORGANISATION),
    ])
    spki = _spki(public_key)
    binding = _encode_binding(
        chair_public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw),
        chair_key.sign(_BINDING_CONTEXT + spki))
    serial = int.from_bytes(hashlib.sha256(spki).digest()[:16], "big") >> 1 or 1  # positive, < 2^127
    builder = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name)
        .public_key(public_key)
        .serial_number(serial)
        .not_valid_before(_NOT_BEFORE).not_valid_after(_NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(x509.UnrecognizedExtension(BINDING_OID, binding), critical=False)
    )
    try:
        certificate = builder.sign(private_key, hashes.SHA256(), ecdsa_deterministic=True)
    except TypeError:  # cryptography < 44: the key is still the same, the certificate's signature not
        certificate = builder.sign(private_key, hashes.SHA256())
    return SigningIdentity(private_key, certificate, chair_name, chair_fingerprint)


def check_binding(certificate: x509.Certificate) -> tuple[Ed25519PublicKey, str]:
    """The chair's Ed25519 key that vouches for ``certificate``, and the name it carries.

    Raises ValueError unless the binding extension verifies and the subject's fingerprint is that
    key's.
    """
    try:
        extension = certificate.extensions.get_extension_for_oid(BINDING_OID)
    except x509.ExtensionNotFound:
        raise ValueError("证书不是本软件为评审组长生成的（缺少组长密钥的绑定）") from None
    value = extension.value
    if not isinstance(value, x509.UnrecognizedExtension):
        raise ValueError("证书中组长密钥的绑定无法识别")
    raw_public, signature = _decode_binding(value.value)
    chair_public = Ed25519PublicKey.from_public_bytes(raw_public)
    public_key = certificate.public_key()
    if not isinstance(public_key, ec.EllipticCurvePublicKey):
        raise ValueError("证书的公钥不是 ECDSA P-256")
    try:
        chair_public.verify(signature, _BINDING_CONTEXT + _spki(public_key))
    except InvalidSignature:
        raise ValueError("证书的签名公钥未经组长密钥确认（绑定签名无效）") from None
    serials = certificate.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    expected = _FINGERPRINT_PREFIX + fingerprint(chair_public)
    if not serials or serials[0].value != expected:
        raise ValueError("证书上的组长密钥指纹与绑定的密钥不符")
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return chair_public, str(names[0].value) if names else ""


def _asn1_material(identity: SigningIdentity) -> tuple[Any, Any]:
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509

    key_der = identity.private_key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                 serialization.NoEncryption())
    certificate = asn1_x509.Certificate.load(identity.certificate.public_bytes(serialization.Encoding.DER))
    return asn1_keys.PrivateKeyInfo.load(key_der), certificate


def sign_pdf_bytes(data: bytes, identity: SigningIdentity, *, reason: str = "", location: str = "") -> bytes:
    """``data`` (an unsigned PDF) with the chair's PAdES signature added as an incremental update."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    signing_key, certificate = _asn1_material(identity)
    signer = signers.SimpleSigner(signing_cert=certificate, signing_key=signing_key,
                                  cert_registry=SimpleCertificateStore.from_certs([certificate]))  # type: ignore[no-untyped-call]
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None, location=location or None, name=identity.chair_name or None,
        contact_info=f"Ed25519 {identity.chair_fingerprint}")
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        output = io.BytesIO()
        signers.sign_pdf(writer, meta, signer, output=output)
    except Exception as error:  # pyHanko raises many kinds; the caller gets one
        raise PdfSigningError(msg("PDF 无法签名：{kind}: {error}",
                                  kind=type(error).__name__, error=str(error))) from None
    return output.getvalue()


def sign_pdf_file(source: Path, out: Path, chair_key: Ed25519PrivateKey, chair_name: str, *,
                  reason: str = "", location: str = "") -> SigningIdentity:
    """Sign the PDF ``source`` with the chair's key and write it to ``out`` atomically.

    ``source`` may be ``out`` itself (signed in place: the unsigned file is replaced only when the
    signed one is complete).
    """
    identity = make_signing_identity(chair_key, chair_name)
    try:
        data = Path(source).read_bytes()
    except OSError as error:
        raise PdfSigningError(msg("无法读取 {path}：{reason}", path=source,
                                  reason=error.strerror or str(error))) from None
    signed = sign_pdf_bytes(data, identity, reason=reason, location=location)
    atomic_write(Path(out), lambda path: path.write_bytes(signed))
    return identity


def _refusal(why: str) -> tuple[bool, str]:
    """A refusal: ``why`` is a ``Message`` (the interface shows it translated)."""
    return False, why


def validate_signed_pdf(path: Path, *, chair_public: Ed25519PublicKey | None = None) -> tuple[bool, str]:
    """(True, who signed) when ``path`` carries exactly one intact, valid, trusted chair signature
    covering the entire file; otherwise (False, the reason). Never raises. The texts are Chinese
    ``Message`` objects, which the interface shows translated.

    Trust: the certificate embedded in the signature, after checking it is bound to the chair's
    Ed25519 key by that key's own signature; with ``chair_public`` given, it must be that key.
    """
    try:
        return _validate(Path(path), chair_public)
    except Exception as error:  # every pyHanko (and other) failure is a refusal, never a traceback
        return _refusal(msg("{file}：签名无法验证（{kind}: {error}）",
                            file=Path(path).name, kind=type(error).__name__, error=str(error)))


def _validate(path: Path, chair_public: Ed25519PublicKey | None) -> tuple[bool, str]:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    name = path.name
    try:
        data = path.read_bytes()
    except OSError as error:
        return _refusal(msg("无法读取 {path}：{reason}", path=path, reason=error.strerror or str(error)))
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    signatures = reader.embedded_regular_signatures
    if not signatures:
        return _refusal(msg("{file}：文件没有数字签名", file=name))
    if len(signatures) != 1:
        return _refusal(msg("{file}：文件有 {count} 个签名，结果表只应有组长的一个", file=name, count=len(signatures)))
    embedded = signatures[0]
    certificate = x509.load_der_x509_certificate(embedded.signer_cert.dump())
    try:
        bound_key, signer_name = check_binding(certificate)
    except ValueError as error:
        return _refusal(msg("{file}：{reason}", file=name, reason=str(error)))
    signer_fingerprint = fingerprint(bound_key)
    if chair_public is not None and fingerprint(chair_public) != signer_fingerprint:
        return _refusal(msg("{file}：签名人密钥（{signer_fingerprint}）不是评审组长的（{chair_fingerprint}）",
                            file=name, signer_fingerprint=signer_fingerprint,
                            chair_fingerprint=fingerprint(chair_public)))
    context = ValidationContext(trust_roots=[embedded.signer_cert], allow_fetching=False,
                                revocation_mode="soft-fail")
    status = validate_pdf_signature(embedded, context,
                                    key_usage_settings=KeyUsageConstraints(key_usage={"non_repudiation"}))
    checks: list[tuple[bool, str]] = [
        (status.intact, msg("签名后文件内容被改动（摘要不符）")),
        (status.valid, msg("签名值无效")),
        (status.trusted, msg("签名证书不受信任")),
        (status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
         msg("签名没有覆盖整个文件（签名后又追加了内容）")),
        (status.bottom_line, msg("签名未通过全部检查")),
    ]
    for ok, why in checks:
        if not ok:
            return _refusal(msg("{file}：{reason}", file=name, reason=why))
    return True, msg("{file}：由评审组长 {chair}（密钥指纹 {fingerprint}）签名，签名有效，文件未被改动",
                     file=name, chair=signer_name, fingerprint=signer_fingerprint)

