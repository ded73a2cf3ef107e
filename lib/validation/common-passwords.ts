// The most common passwords of public breach corpora (8+ characters, lower-cased), refused at sign-up.
const COMMON = new Set(
  `password 12345678 123456789 1234567890 password1 password123 qwertyuiop qwerty123 iloveyou 11111111 00000000
  abc12345 abcd1234 sunshine princess football baseball welcome1 welcome123 letmein1 trustno1 superman
  1q2w3e4r 1qaz2wsx qazwsxedc zaq12wsx passw0rd p@ssw0rd p@ssword changeme monkey123 dragon123 master123
  starwars whatever michael1 jennifer shadow12 charlie1 computer internet liverpool chelsea1 arsenal1
  88888888 12341234 87654321 asdfghjk asdfasdf zxcvbnm1 q1w2e3r4 123qweasd qweasdzxc admin123 administrator
  runner123 running1 stride123 striderun physio123 marathon halfmarathon`.split(/\s+/),
);

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}
