#!/usr/bin/env python3
"""Prints the fold tables of src/Hadath/Knowledge/LatinFold.cs (base letter per code point, '.' = none)."""
import unicodedata

# Letters with no decomposition: their conventional ASCII base.
SPECIAL = {"ß": "s", "æ": "a", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ł": "l", "ŀ": "l", "œ": "o", "þ": "t",
           "ð": "d", "ŧ": "t", "ŋ": "n", "ĸ": "k", "ſ": "s", "ƀ": "b", "ɓ": "b", "ƈ": "c", "ɗ": "d", "ƒ": "f",
           "ɠ": "g", "ƙ": "k", "ƚ": "l", "ɲ": "n", "ƞ": "n", "ɵ": "o", "ƥ": "p", "ƫ": "t", "ƭ": "t", "ʈ": "t",
           "ư": "u", "ʋ": "v", "ƴ": "y", "ƶ": "z", "ȥ": "z", "ɇ": "e", "ɉ": "j", "ɋ": "q", "ɍ": "r", "ɏ": "y",
           "ȼ": "c", "ƃ": "b", "ƌ": "d"}


def base(c):
    if c.lower() in SPECIAL:
        return SPECIAL[c.lower()]
    b = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)).lower()
    return b[0] if b and "a" <= b[0] <= "z" else "."


print("".join(base(chr(i)) for i in range(0xC0, 0x250)))
print("".join(base(chr(i)) for i in range(0x1E00, 0x1F00)))
