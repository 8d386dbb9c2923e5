// Lexical rules of the tokenizer that are about words rather than characters:
// which hyphenated prefixes stay glued ("e-mail", "non-profit"), which clitics
// split off ("'s", "n't"), which fused forms EWT splits ("cannot", "gonna"),
// which letters may follow a number ("1990s", "20th") and which are units that
// split off ("5pm", "$1.13bn"), URL schemes, top-level domains and phone
// numbers. The conventions follow UD English EWT; docs/tokenization.md has the
// reasons and the counts behind each list.
//
// Every function looks only at the bytes it is given (ASCII rules; non-ASCII
// input simply does not match) and never allocates.
//
// Thread-safety: stateless functions over constant tables.
#ifndef NEWSGRAPH_TEXT_TOKEN_RULES_H_
#define NEWSGRAPH_TEXT_TOKEN_RULES_H_

#include <cstdint>
#include <string_view>

namespace newsgraph::text {

// `word` (the letters before a hyphen, any ASCII case) is a prefix EWT keeps
// glued to the next word: "e", "non", "pre", "anti", "mid", "co", ...
bool IsHyphenPrefix(std::string_view word);

// `letters` (what follows an apostrophe, any ASCII case) is a clitic EWT
// splits off as its own token: s, m, d, ll, re, ve.
bool IsApostropheClitic(std::string_view letters);

// For a word EWT writes as two tokens without an apostrophe ("cannot" ->
// "can" "not", "gonna" -> "gon" "na", "dont" -> "do" "nt", "im" -> "i" "m"):
// the byte length of the first part; 0 otherwise. Any ASCII case.
uint32_t FusedSplit(std::string_view word);

// `suffix` (ASCII letters after a number) stays in the number's token:
// ordinals (st, nd, rd, th), decades (s), and one capital letter that is not
// a magnitude ("3D", "4G" but not "5M", "10K", "2B").
bool KeepsNumberSuffix(std::string_view suffix);

// Byte length of a URL scheme or "www." at the start of `s` ("http://",
// "https://", "ftp://", "mailto:", "www."; any ASCII case), else 0.
uint32_t UrlPrefixLength(std::string_view s);

// `label` (the last dot-separated part of a word, any ASCII case) is a
// common top-level domain, so "bbc.co.uk" and "Compaq.com" are URLs.
bool IsTopLevelDomain(std::string_view label);

// Byte length of a phone number at the start of `s` written as ASCII digit
// groups joined by hyphens in one of the North American shapes EWT keeps
// whole (3-4, 3-3-4, 1-3-3-4, 5-4, and 1-4 extensions), followed by a non-alphanumeric byte or
// the end; else 0. Other digit-hyphen-digit runs ("1990-1995", "3-2") split.
uint32_t PhoneNumberLength(std::string_view s);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_TOKEN_RULES_H_
