// Common given names by the pronoun news writers use for their bearers. Only a hint for
// "he"/"she" resolution: honorifics and earlier pronouns outrank it, and a missing name
// simply leaves the gender open.

const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine
maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea
cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia
grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis
lori nikki hillary hilary chelsea ivanka melania kamala kirsten tammy dianne mazie
condoleezza madeleine loretta sally kellyanne huma debbie jill tulsi ilhan alexandria rashida ayanna
liz lindsey ursula kaja marine giorgia jacinda julia nicola priti yvette
fiona nadia olena yulia svetlana natalia irina olga tatiana anastasia marina elena sofia lucia carmen rosa ana isabel
fatima aisha layla mariam zainab leila yasmin nour sana hina priya anita sunita indira sonia nirmala meera
yoko yuki keiko ingrid astrid greta annalena mette sanna kristi
sheryl marissa meg ginni lina gina kristen kristin caroline hope kate katie kathy cathy betsy peggy meghan
britney whitney shannon erin kelsey tiffany crystal vanessa monica veronica jasmine jade chloe zoe lily ella
mia ava harper evie poppy rosie holly molly daisy imogen`;

const MALE = `james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony
mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack
dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith
roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan
albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis barack mitt
mike ted marco rand jeb ben chris bernie newt rudy rick reince steve jared hunter beau kurt tim gordon rex
vladimir dmitry sergei sergey igor alexei alexey mikhail nikolai volodymyr petro viktor yuri oleg andrei boris
emmanuel olaf rishi keir tony nigel dominic shinzo fumio
narendra rahul imran nawaz recep yair naftali mahmoud ali hassan hossein mohammad muhammad ahmed omar khalid
abdullah bashar hamad tamim salman mohammed ebrahim javad nasser fazlollah jalal qasem hamid ismail yahya hasan
antonio giuseppe mario matteo pedro luis carlos jorge javier miguel andres jair lula gustavo nicolas felipe francisco
jean pierre francois jacques michel olivier hans klaus friedrich wolfgang jens lars anders mateusz andrzej
pierre-elliot lloyd antony merrick chuck mitch lindsey josh tom dick harry ron greg doug
dan todd brett bret matt pete jim bill bob ed al sam max leo luke owen theo oscar jamie jake ian neil
colin graham simon adrian martin marcus lewis liam connor callum kieran declan shane craig dean darren`;

// The lists hold single spaces and line breaks only; string splits need no pattern compiled per page.
const words = (s: string) => s.split('\n').join(' ').split(' ').filter(Boolean);
const MALE_NAMES: ReadonlySet<string> = new Set(words(MALE));
const FEMALE_NAMES: ReadonlySet<string> = new Set(words(FEMALE));

/** The two questions the engine asks of a given name. */
export interface GivenNameLookup {
  has(name: string): boolean;
  get(name: string): 'f' | 'm' | undefined;
}

/**
 * "f" or "m" for a given name that is used overwhelmingly for one gender in news. Asked of the
 * two lists rather than copied into a table: the copy was built on every page, before its first
 * paint. A name listed in both reads "f" here and is ambiguous below.
 */
export const GIVEN_NAME_GENDER: GivenNameLookup = {
  has: (name) => FEMALE_NAMES.has(name) || MALE_NAMES.has(name),
  get: (name) => (FEMALE_NAMES.has(name) ? 'f' : MALE_NAMES.has(name) ? 'm' : undefined),
};

/** Names the two lists share; their gender is left open. */
export const AMBIGUOUS_GIVEN_NAMES: { has(name: string): boolean } = {
  has: (name) => FEMALE_NAMES.has(name) && MALE_NAMES.has(name),
};
