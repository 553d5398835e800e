"""LEB128 (unsigned and signed), the variable-length integers of the wasm binary format and of the Snowball
bytecode (tools/snowball.py): the readers and the writer for the tools that need them.
Standard library only."""


def read(data, i):
    """The unsigned LEB128 at data[i:]: (value, the index after it)."""
    value = shift = 0
    while True:
        b = data[i]
        i += 1
        value |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return value, i


def write(n):
    """n >= 0 as unsigned LEB128 bytes."""
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def read_signed(data, i):
    """The signed LEB128 at data[i:]: (value, the index after it)."""
    value, j = read(data, i)
    if data[j - 1] & 0x40:
        value -= 1 << (7 * (j - i))
    return value, j
