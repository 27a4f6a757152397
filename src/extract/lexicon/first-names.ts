/**
 * Common given names in UK public-sector workforces. Used only as a hint that a line starts with
 * a person ("Laura Higham, Team Manager") rather than an organisation ("Secondary Schools");
 * a name missing from this list is still recognised by other cues.
 */
const NAMES = `
aaron abdul abigail abdullah adam adele adrian agnes ahmed aidan aileen aisha alan alastair albert alex alexander alexandra
ali alice alicia alison alistair allan amanda amber amelia amir amy andrea andrew andy angela angie anita ann anna anne
annette anthony antony arif arthur asha ashley audrey barbara barry beatrice becky ben benjamin bernadette bernard beth
bethany beverley bill billy bob brenda brendan brian bridget bridgett bryan callum cara carl carla carol caroline carolyn
catherine cathie cathy charles charlie charlotte cheryl chloe chris christina christine christopher claire clare colin
connor craig dale damian dan daniel danielle darren dave david dawn dean debbie deborah debra declan denise dennis derek
diane dianne dominic donna doreen dorothy douglas duncan dylan eamonn edward eileen elaine eleanor elizabeth ella ellen
emily emma eric erin esther eve fatima fiona frances francesca francis frank gail gareth gary gavin gemma geoff geoffrey
george georgina geraldine gerard gill gillian glen glenn gordon grace graham grant gregory gwen hannah harjit harry hayley
hazel heather helen henry holly hugh ian imran irene isabel isobel jack jackie jacqueline jake james jamie jan jane janet
janice jasmine jason jean jeff jenny jennifer jeremy jessica jill jo joan joanna joanne jodie joe john jon jonathan jordan
joseph josephine josh joy judith judy julia julian julie june justin karen karl kate katherine kathleen kathryn katie
kay keith kelly ken kenneth kerry kevin kim kirsty kieran laura lauren lee leigh lesley leslie liam linda lindsay lisa liz
lorna lorraine louise lucy luke lydia lyn lynda lynn lynne madeleine maggie malcolm mandy margaret margot maria marie marion
mark martin mary matthew maureen max megan melanie merle michael michelle mick mike mohammed mohammad moira molly moya
muhammad nadia naomi natalie natasha neil nicholas nick nicky nicola nigel niamh nina noel nora oliver olivia owen pamela
pat patricia patrick paul paula pauline penny peter phil philip philippa phillippa phillip priya rachel rachael raj rajesh
ray raymond rebecca richard rob robert robin rachelle rod roger ronald rosie rosemary ross roy ruth ryan sadie saf sakthi
sally sam samantha samuel sandip sandra sara sarah scott sean shaun sharon sheena sheila shirley sian simon siobhan sonia
sophie stella stephanie stephen steve steven stuart sue sujata susan susie suzanne tanya tara terence teresa terri terry
theresa thomas tim timothy tina toby tom tony tracey tracy trevor valerie vanessa vicky victoria vincent wendy william
yvonne zoe zara
`;

// The rest of the UK's workforce: more English names, and Welsh, Scottish, Irish, South Asian, African and
// European ones, with their accented spellings (boards in Wales and Scotland list these as often as any).
const MORE_NAMES = `
abby ade adebayo adeola adriana agata ahmad aiden ailsa aine aisling alana alasdair aled alicja alisha alun amal amara
amina amira amit ana anand andre andré angharad anil anjali ann-marie annabel annie anwen anya aoife arjun arwel
asif asim aslam avril ayesha ayodele bal balbir barney bartosz bernie bethan bhavna blessing bola brett bridie bronwen
bryn brynmor bukola caitlin caitriona calum camilla carwyn caryl carys cathal catrin catriona cecilia cerian ceri cerys
chiara chidi chinedu chioma chloë ciara ciaran ciarán clive colm conal conor conrad cormac cressida dafydd daljit dalia
daniela darragh deepa deirdre delyth dermot des desmond dev dewi dilys dimitri dionne donal dónal dorota eamon eilidh eilir
eira eirian eirlys eleri elin elinor eluned emeka emer emrys emyr enid eoin esme euan ewa ewan farah farhana farida faye
fergus ffion fionn fionnuala folake fran gaynor geraint gethin gia gideon glenys glyn grainne gráinne greg gwenan gwenllian
gwyn gwyneth hamish hari harold harriet hassan hattie hefin heledd huw hywel idris ieuan ifan ifor ike imogen ines iolo iona
iqbal isla islwyn ismail ivan jagdeep jas jaswinder javed jayne jerome joao jonas joshua joyce kamal kamran kareem kasia
katarzyna kavita kemi kerys kezia khadija kofi krishna kwame lakshmi leanne leon lewis lilian lionel llinos lowri lucinda
lynette mabli magda magdalena mairead mairi malik mandeep manon manoj marcus mared marek mari mariam marta marcin mel
melissa meinir meleri mererid meredith miriam mirella moses mostafa mostyn mustafa myfanwy nabila naveed neha nerys ngozi
nia nkechi noor nuala oisin olu oluwaseun omar orla osian owain padraig pádraig parveen pawel petra piotr pooja precious
prakash preeti rafal rahul rajinder ravi rehana rhian rhiannon rhidian rhodri rhona rhys rhydian ronan rosalind ruairi
rukhsana sabrina sadia saima salma sanjay saoirse sarita seamus seán seren shabnam shakeel shanice shona sinead sinéad
sioned siân sunita sushila tahir tamsin tariq tegan tegwen tobias tomos tudor tunde ursula usha uzma vikram wanda wojciech
yasmin yetunde yusuf zainab zeynep zoë zofia
`;

// Names the first two lists missed on real and invented papers alike, and their neighbours (the same workforces).
// Words that are also common English (april, rose, will, hope, miles, patience) are left out: a line starting with
// one is not thereby a person.
const FURTHER_NAMES = `
abena adwoa agnieszka ainya ajay akua alfie allison alyson ama amie amrit andrzej aneela angelina angus antonia archie
arun asma ashok audrey baljit beata beate bernice beverly bev bilal bina bisi bonnie bradley brandon breda briony bron
bryony candice carly carmen carlos cassandra cecily celia charlene cherie chika chipo christie cilla clara clifford colette
corinne cyril daisy dami dana daphne deepak delia della derrick diana dickie dinesh divya donald eddie edith edmund edwina
efua elena eliza elliot elliott eloise elsa elsie elspeth emilia ernest esi ethel evelyn faisal farai farid fay felicity
felix femi fern finlay flora florence francine francesco frederick fred freya funke funmi gerald gerry gilbert gini
giovanni gita giulia gregor gurpreet gwendolyn gwilym habib hamid hamza harpreet harvey helena herbert hilary hilda
hollie horace howard hugo humaira hussein hywyn ifeoma ingrid innes irfan irina isaac ishbel ivy jacob jacquie jakub
janette janine janis jaspreet javier jeanette jeanne jeffrey jemma jenna jerry jess jide jimmy joao joão jocelyn joel
josie julien junaid kamil kara karin kat kath katy kayleigh kayode keeley kelsie kelvin kerensa khalid kimberley kiran
kirsteen kirsten kirstie kojo krzysztof kuldip kyle lachlan lara lata laurel laurence lawrence leah lena leonard lily
lindsey lloyd lois lola lottie louisa lowenna luca lucia lucille luis lukasz mabel mahesh manjit marc marco marguerite
marian marianne marilyn marina marisa marjorie marlene martha martina martyn mateusz mavis maxine maya meena meera mehreen
menna mervyn mhairi michal miguel mildred millie miranda mitchell mollie monica monika morag morven morwenna murdo myra
nadine nancy naresh nasir nasreen nathan nathaniel natalia navjot nazia neelam nell neville niall nicole nisha norma
norman nyasha obi oksana olena olive oscar osman padma parminder patsy pavel pearl pedro peggy pene percy phillip phoebe
pilar pippa polly priscilla priti rajiv rakesh ralph ramesh rashid rekha reginald reva rhoda rita rizwan roberta roddy
rodney roisin ronnie rory ros rosa rosalie rowan ruairidh ruaridh rudo rui rukhsana rupert rupinder russell sabina sajid
sally-anne sallyann samira satinder sebastian seema segun selina serena shahid shane sharn shazia sheryl shilpa shirin
sidney simone sion sobia sofia sonal sonya spencer stacey stan stanley steffan steph struan sukhwinder sunil suresh
svetlana swati sylvia tahira tamara tanvir tatenda tayo tendai terrence tessa thandiwe thelma theo tilly tolu tomasz
torquil travis tricia tristan trudy tudur tyler uche una val vera verity vernon veronica victor vijay vince viola violet
vivian vivien vivienne waqar wayne wesley wiktoria wilfred wilma winifred yaw yemi yvette zanele zubair
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(`${NAMES} ${MORE_NAMES} ${FURTHER_NAMES}`.split(/\s+/).filter(Boolean));

/** Short and long forms of the same given name: "Nicky Evans" and "Nicola Evans" are one person. */
const VARIANT_GROUPS = [
  ['nicola', 'nicky', 'nikki', 'nic'],
  ['nicholas', 'nick', 'nicky'],
  ['anthony', 'tony', 'antony'],
  ['andrew', 'andy', 'drew'],
  ['alexander', 'alex', 'sandy'],
  ['alexandra', 'alex', 'sandra'],
  ['christopher', 'chris'],
  ['christine', 'chris', 'christina'],
  ['catherine', 'cathie', 'cathy', 'kate', 'katie', 'cath'],
  ['katherine', 'kate', 'katie', 'kathy'],
  ['kathryn', 'kate', 'kath'],
  ['david', 'dave', 'davey'],
  ['deborah', 'debbie', 'debra', 'deb'],
  ['elizabeth', 'liz', 'beth', 'lizzie', 'betty'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['jennifer', 'jenny', 'jen'],
  ['jonathan', 'jon', 'jonny'],
  ['joseph', 'joe'],
  ['josephine', 'jo', 'josie'],
  ['joanne', 'jo', 'joanna'],
  ['margaret', 'maggie', 'meg', 'peggy'],
  ['michael', 'mike', 'mick', 'micky'],
  ['patricia', 'pat', 'trish', 'tricia'],
  ['patrick', 'pat', 'paddy'],
  ['peter', 'pete'],
  ['philip', 'phil', 'phillip'],
  ['philippa', 'pippa', 'phillippa'],
  ['rebecca', 'becky', 'becca'],
  ['richard', 'rich', 'rick', 'dick'],
  ['robert', 'rob', 'bob', 'bobby', 'robbie'],
  ['samantha', 'sam'],
  ['samuel', 'sam'],
  ['stephen', 'steve', 'steven'],
  ['susan', 'sue', 'susie', 'suzanne'],
  ['thomas', 'tom', 'tommy'],
  ['timothy', 'tim'],
  ['victoria', 'vicky', 'vicki', 'tori'],
  ['william', 'will', 'bill', 'billy'],
  ['gillian', 'gill', 'jill'],
  ['geoffrey', 'geoff', 'jeff'],
  ['jacqueline', 'jackie', 'jacqui'],
  ['pamela', 'pam'],
  ['kenneth', 'ken'],
  ['matthew', 'matt'],
  ['daniel', 'dan', 'danny'],
  ['benjamin', 'ben'],
  ['gregory', 'greg'],
  ['frederick', 'fred'],
  ['edward', 'ed', 'eddie', 'ted'],
  ['lynne', 'lynn', 'lyn'],
  ['clare', 'claire'],
  ['louise', 'lou'],
  ['valerie', 'val'],
  ['barbara', 'barb'],
  ['terence', 'terry'],
  ['teresa', 'terri', 'tess', 'theresa'],
];

const VARIANTS = new Map<string, Set<string>>();
for (const group of VARIANT_GROUPS) {
  for (const name of group) {
    const set = VARIANTS.get(name) ?? new Set<string>();
    group.forEach((n) => set.add(n));
    VARIANTS.set(name, set);
  }
}

/** True when two given names are known forms of one another ("Nicky"/"Nicola", "Clare"/"Claire"). */
export function areNameVariants(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || (VARIANTS.get(x)?.has(y) ?? false);
}
