// The synthetic corpus's vocabulary: real English words, roughly most frequent first (the
// corpus draws them by rank with a Zipf law), and syllables for the long tail of proper names.

/** Function words and the most common words of news text, in rough order of frequency. */
const COMMON = `
the of and to a in that is for on it with was as he by at from his an be have are this said
has but they not were who its which or had been will their more would after also she about up
one we over two there new than all her first last year when them other into out some could
people can no what while three time only most years so before if says government just like
because against where since police four during under many between those then our week five
president told percent month day back any both through may even such own well still off down
several including around country according how us much another against ten made make city
`;

/** Content words of news text, grouped by theme, more common groups first. */
const CONTENT = `
report reported reports reporting official officials minister ministers state states national
world public group groups company companies million billion part home house court law case
cases security military force forces party parties election elections vote votes voted voters
leader leaders country countries nation nations region regional local foreign international
economy economic market markets price prices cost costs money budget deal deals agreement talks
meeting meetings plan plans planned program programme policy policies issue issues problem
problems question questions decision decisions support supported opposition power control
service services system systems health hospital hospitals doctor doctors patient patients school
schools student students child children family families woman women man men life death deaths
water food energy oil gas fuel electricity coal climate weather storm storms rain flood floods
drought fire fires heat temperature temperatures war wars attack attacks attacked troops army
soldiers weapons missile missiles border borders refugee refugees crisis conflict peace ceasefire
protest protests protesters crowd crowds strike strikes union unions worker workers job jobs
wage wages pay salary pension pensions tax taxes revenue profit profits loss losses share shares
stock stocks bond bonds investor investors bank banks loan loans debt interest rate rates growth
inflation trade trading exports imports industry industries factory factories production output
demand supply sales sector business businesses firm firms executive executives chief director
board chairman spokesman spokeswoman statement statements interview press media newspaper
television radio internet network online website phone phones computer computers software data
technology technologies device devices platform platforms users customer customers product
products research researchers scientist scientists science study studies university universities
college professor expert experts analyst analysts survey poll polls figure figures number
numbers result results record records level levels average increase increased increases rise
rose rising fall fell falling drop dropped gain gained growth cut cuts raise raised change
changes changed move moved moving start started end ended close closed open opened return
returned remain remained continue continued expect expected expects hope hoped believe believed
think thought know known want wanted need needed seek sought try tried help helped allow allowed
call called calls ask asked tell warned warn warning warnings urge urged claim claimed claims
deny denied confirm confirmed reveal revealed announce announced announcement launch launched
agree agreed accept accepted reject rejected approve approved approval pass passed block blocked
ban banned limit limits restrict restrictions rule rules ruled ruling judge judges trial
charge charges charged accused arrest arrested prison jail sentence sentenced crime crimes
criminal investigation investigators inquiry evidence lawyer lawyers prosecutor prosecutors
victim victims suspect suspects killed killing injured wounded dead bodies rescue emergency
ambulance accident crash crashed collision driver drivers car cars vehicle vehicles road roads
traffic train trains railway station airport airline airlines flight flights plane planes ship
ships port ports boat boats passenger passengers travel tourism tourist tourists hotel hotels
visit visited visitors capital province district area areas town towns village villages street
streets building buildings bridge bridges land farm farms farmer farmers crop crops harvest
wheat rice corn cattle livestock fishing forest forests river rivers lake sea ocean coast coastal
island islands mountain mountains valley desert north south east west northern southern eastern
western central capitalism democracy democratic republic republican conservative liberal labour
socialist communist nationalist coalition parliament parliamentary senate senator senators
congress lawmakers legislation bill bills amendment constitution constitutional reform reforms
campaign campaigns candidate candidates ballot turnout result victory defeat won win winning lost
lose losing seat seats majority minority mayor governor council councils committee commission
agency agencies department ministry office offices authority authorities administration regime
cabinet prime premier chancellor king queen prince princess royal palace embassy ambassador
diplomat diplomats diplomatic summit treaty sanctions alliance ally allies partner partners
relations cooperation dispute disputes negotiations negotiators mediator deadline proposal
proposals offer offered demand demanded condition conditions terms framework strategy
strategies approach effort efforts pressure threat threats risk risks danger concern concerns
fears worry worries impact effect effects consequence consequences benefit benefits advantage
challenge challenges opportunity opportunities success failure progress development developments
project projects investment investments fund funds funding grant grants aid assistance relief
donor donors charity charities volunteer volunteers community communities society social
population residents citizens citizen migrants migration immigration asylum identity culture
cultural religion religious church churches mosque temple faith priest bishop festival
celebration ceremony tradition history historic historical museum art artist artists music
musician singer song songs album band concert film films movie movies actor actress director
theatre stage show shows series episode book books author novel writer writers poet poetry
award awards prize prizes winner winners champion championship tournament match matches game
games season league team teams player players coach manager club clubs goal goals score scored
final finals cup race races runner athlete athletes olympic olympics medal medals stadium fans
supporters football soccer cricket tennis golf rugby basketball baseball hockey boxing cycling
swimming marathon sport sports training injury injuries fitness
`;

/** Less common content words: the middle of the frequency range, where most queries fall. */
const MIDDLE = `
abandon abandoned ability abroad absence absolute abuse academic academy accelerate access
accommodation account accounts accuracy accurate achieve achievement acid acknowledge acquire
acquisition acre acres act acted action actions active activist activists activity actual adapt
addition additional address adequate adjust admit adopt adopted adult adults advance advanced
advice adviser advisers advocate aerial affair affairs afford afraid afternoon agenda aggressive
agricultural agriculture ahead aircraft alarm album alcohol alert alive allegation allegations
alleged alliance allocate alter alternative amateur ambition ambitious amid amount analysis
ancient anger angry animal animals anniversary annual anxiety apartment apology apparent appeal
appealed appear appeared appetite application apply appoint appointed appointment appreciate
approve archive arctic arena argue argued argument arm armed arms arrangement arrival arrive
arrived article artificial ash aspect assault assembly assess assessment asset assets assistant
associate association assume assumption atmosphere atomic attempt attempted attend attended
attention attitude attorney attract audience audit august aunt automatic autumn available
avenue avoid await awareness awful backdrop background backing badly bag bail balance ballot
banking bankruptcy bar bargain barrel barrels barrier base based basic basis battery battle
battles beach bean bear beat beauty bed beef beer behaviour bell belong beneath bid bids bike
biological bird birds birth bitter black blade blame blast blind blood blow blue boast body
bomb bombing bond bone bonus boom boost boots border bottle bottom bound boundary bowl brain
branch brand brave breach bread break breakfast breaking breath breed brick brief briefing
bright brilliant broad broadband broadcast broadcaster broken brother brothers brown brutal
buck budget bug build builder bulk bullet bullets bunch burden bureau burn burned bus bush
busy butter buyer buyers cabin cable calm camera cameras camp camps canal cancel cancelled
cancer capable capacity captain capture carbon card cards career careful cargo carrier cash
casino cast castle casualties catalogue catch category cattle caught cause caused cautious cave
ceiling celebrate cell cells cement census centre centres century ceremony certain certainty
chain chair chairwoman chamber chance chances channel chaos chapter character charity chart
chase cheap check checks cheese chemical chemicals chest chicken chief childhood chip chips
choice choices choose chronic cinema circle circuit circumstances civil civilian civilians claim
clash clashes class classic classroom clean clear clearly clerk climb clinic clinical clock
closure cloth clothes clothing cloud clouds cluster coach coal coast code coffee cold collapse
collapsed colleague colleagues collect collection collective colonel colony colour column combat
combination combine comedy comfort comfortable command commander comment comments commercial
commit commitment common communication compact comparison compensation compete competition
competitive complain complaint complaints complete complex compliance component compound
comprehensive compromise computing concept concert concession conclude conclusion concrete
conduct conference confidence confident confirm confusion congress connect connection conscious
consensus consent conservation consider considerable consistent constant construction consult
consultant consumer consumers consumption contact contain container containers contempt content
contest context continent contract contracts contrast contribute contribution convention
conversation convert convicted conviction convince cook cool cooperation cope copper copy core
corner corporate corporation correct correspondent corridor corruption cottage cotton couple
courage course cousin cover coverage covered crack craft crash cream creative credit crew crews
cricket critic critical criticism criticised crop cross crucial cruise crystal cultivate curfew
currency current curriculum custody custom customs cycle cyclone daily dairy damage damaged
dance dancer dark darkness database date daughter dawn deadline deadly dealer dealers dean
debate debut decade decades decent declaration decline declined decrease dedicated deep deeply
defence defend defender deficit definition degree delay delayed delegate delegation deliberate
delicate deliver delivery democrat demolition demonstration denial density dentist deny depart
departure deposit depression deputy descent describe desert design designer desire desk despite
destination destroy destroyed destruction detail detailed details detect detention determine
devastating diagnosis dialogue diamond diesel diet difference difficult difficulty digital
dignity dinner diplomacy direct direction dirty disability disabled disappear disaster discipline
disclose discount discover discovered discovery discrimination discuss disease dish dismiss
dismissed disorder display displaced dispute distance distinct distribution diverse dividend
division divorce dock doctrine document documents dollar dollars domestic dominant donation door
doors dose double doubt downtown draft drag drain drama dramatic draw drawing dream dress drink
drinking drive drone drones drug drugs dry dual duty dust eager earnings earth earthquake ease
easily eastern echo economist economists edge edit edition editor editorial educate education
educational elderly elect electoral electric electronic elegant element elite embrace emerge
emergency emission emissions emotional emperor empire employee employees employer employment
empty enable encounter encourage enemy engage engagement engine engineer engineering engineers
enhance enjoy enormous enquiry ensure enter enterprise entertainment enthusiasm entire entrance
entry environment environmental episode equal equality equipment equity era error escape
essential establish established estate estimate estimated ethnic euro evacuate evacuated
evacuation evening event events eventually evolution exact exam examination examine example
excellent exception excess exchange excitement exclusive excuse executive exercise exhibition
exile exist existence exit expand expansion expectation expense expensive experience experiment
explain explanation explode explosion explosive export expose exposure express extend extension
extensive extent external extra extraordinary extreme fabric facility facilities factor faculty
fail failed fair faith fake familiar famine fan fantasy fare farming fashion fatal fate father
fault favour favourite feature federal fee feed feeling fellow female fence ferry fiction field
fighter fighters fighting file filed filing finance financial finding fine finger fiscal fish
fisheries fixed flag flame flat fleet flexible flight float flow flower flu fly focus folk
follow fond footage forecast forecasts foreigner forever forget formal formation format formula
fortune forum foundation fraction frame franchise fraud freedom freight frequency frequent fresh
friend friendly friendship front frontier frozen fruit fuel fulfil fun function fundamental
funeral furniture gallery gambling gang gap garage garden gate gathering gear gender generation
generous genetic genius genre gentle genuine gesture ghost giant gift glass global glory goods
governance governor grace grade gradual graduate grain grand grandfather grandmother grant
graphic grass grateful grave great green greenhouse grid grief grocery gross ground growing
guarantee guard guardian guerrilla guest guidance guide guideline guilty gulf gun gunman guns
habit habitat hall halt hand handle hang harbour hardware harm harsh harvest hazard headline
headquarters healthcare hearing heart heavy height helicopter helicopters hero heritage hidden
highway hike hill hire holder holiday holidays hollow holy homeless honest honour horizon horror
horse hospitality hostage hostages hostile household housing humanitarian humour hunger hunt
hurricane husband hybrid ice icon ideal identify ideology illegal illness image imagine
immediate immense immigrant immune implement implication import impose impossible impression
improve improvement incentive incident incidents income incorporate independence independent
index indicate indicator indigenous individual indoor industrial inequality infant infection
inflation influence informal information infrastructure initial initiative injection inmate
inmates innocent innovation input insect inside insight inspector inspiration install instance
instant institute institution institutions instruction instrument insurance intact integrity
intelligence intense intention interim interior internal interpretation intervention invasion
invest investigate invitation invite involve iron isolated isolation jacket jail jet jewel
joint journal journalism journalist journalists journey joy judgement jump junior jury justice
justify keen kidnap kidnapped kingdom kitchen knife knowledge laboratory label labour ladder
landing landmark landscape lane language laptop large largely laser launch lawsuit layer lead
leadership leaf league leak leaked lean lease leather lecture legacy legal legend legislative
legislature legitimate leisure lender lesson letter letters liability liberal liberty library
licence lifetime lift light lightning limit limited line linked liquid list literature litigation
live lively loan lobby location lock lodge logic logistics lonely lorry lottery loud lovely
loyal lucky lunch luxury machine machinery magazine magic magistrate magnitude mail mainland
mainstream maintain maintenance major make maker male mall mandate manifesto manner manual
manufacture manufacturer manufacturing map marathon margin marine mark marked marriage massive
master match material maternal matter maximum meal meaning measure measures meat mechanism medal
medical medicine medium melt member memorial memory mental mention menu merchant mercy merger
mess message metal method metro middle midnight migrant mild militant militants militia mill
mind mine miner miners mineral minimum mining minor minute miracle mirror missing mission
mistake mixed mobile mode model moderate modern modest molecule moment momentum monarch monetary
monitor monitoring monopoly monsoon monthly monument mood moon moral morning mortgage mother
motion motor motorway mountain mouse mouth movement multiple municipal murder murdered muscle
mutual mystery myth naked narrative narrow native natural nature naval navy nearby neat
necessary negative neighbour neighbourhood neighbours nerve neutral newcomer niche night noise
nominee nomination normal notable note notice notion nuclear nurse nurses nursing nutrition
objective obligation observation observer obstacle obtain obvious occasion occupation occupied
offence offensive officer officers offshore olive operation operator opinion opponent opponents
oppose opposite optimism option orange orbit order ordinary organ organic organisation
organisations organise origin original outbreak outcome outlet outlook outside outstanding oven
overall overcome overnight overseas owner ownership oxygen pace package packed page pain paint
painting pair palm pandemic panel panic paper parade parent parents park parking partial
participant participate particular partly partnership passage passion passport past pastor
patent path patience patrol pattern pause payment payments peak peasant penalty pension pepper
perceive performance period permanent permission permit persuade petition petrol phase
philosophy photo photograph photographer phrase physical physician piano pick picture pie piece
pig pile pilgrim pill pilot pilots pink pioneer pipe pipeline pitch plain planet planning plant
plastic plate platform plea pleasant pledge pledged plenty plot plunge pocket poem point pole
polar political politician politicians politics pollution pool poor pop popular port portfolio
portion portrait position positive possession post poster postpone pot potato potential pound
poverty powder practical practice praise pray prayer precise predict prediction preference
pregnancy pregnant premium preparation prepare presence presentation preserve presidency
presidential pressure prestige prevent prevention prey pride primary principal principle print
prior priority prisoner prisoners privacy private privilege probe procedure proceed process
produce producer profession professional profile programme progressive prohibit promise promote
promotion prompt proof propaganda property proportion prosecution prospect prosperity protect
protection protein protocol proud provincial provision provoke psychology pub publication
publicity publish publisher pulse pump punishment pupil pupils purchase purple purpose pursue
quality quantity quarter quarterly quiet quota quote racial racing racism radar radical
railway rally ranch range rank rapid rare rating ratio raw reach react reaction reactor reader
readers realistic reality rebel rebels rebellion recall receipt reception recession recipe
recognise recognition recommend recommendation reconstruction recovery recruit recruitment
recycling referendum reflect refuge refugee refusal refuse regard register registration
regulation regulator regulators regulatory rehabilitation reign relation relative relatively
relax release released relevant reliable relief religion reluctant rely remark remarkable
remedy remote removal remove renewable rent repair replace replacement reply representative
reputation request requirement rescue reserve reserves residence resident resign resignation
resist resistance resolution resolve resort resource resources respect respond response
responsibility restaurant restore restraint retail retailer retire retired retirement retreat
revenue reverse review revolution reward rhetoric rich ride rifle right rights ring riot riots
rival rivals robot robust rocket role roof room root rope rough round route routine row rubber
rubbish rural rush sacred sacrifice safe safety sail salary salmon salt sample sanction
satellite satisfaction sauce saving savings scale scandal scene schedule scheme scholar
scholarship scope scratch screen script sculpture seal search season secret secretary section
secular secure seed segment seize select selection senior sensation sensitive separate
sequence sergeant series servant session settle settlement settler severe sewage shadow shake
shape shelter shield shift shock shooting shop shopping shore shortage shot shoulder shrink
sibling sick sight signal signature silence silent silver similar simple singer single sister
site situation skill skin sky slave slavery sleep slice slide slight slow smart smell smile
smoke smooth snow soap solar soldier sole solid solution solve song sort soul sound source
sovereign sovereignty space spare speaker special specialist species specific spectacle
spectrum speculation speech speed spell spending sphere spirit split spokesperson sponsor
spread spring spy squad square stability stable staff stake stance standard standards star
statistic statistics statue status steady steal steel steep stem step stimulus stock stone
storage store straight strain strait strange stream strength stress stretch strict strike
striking structure struggle studio style subject submarine subsidy substance substantial suburb
succeed successful successor sudden suffer sufficient sugar suicide suit summer summit sun
superior supermarket supplier surface surgeon surgery surplus surprise surrender surround
surveillance survival survive survivor survivors suspend suspended suspicion sustain sustainable
sweet swing symbol sympathy symptom syndrome tackle tactic tactics talent tank tanker tanks
target targeted tariff tariffs task taste taxpayer tea teacher teaching tear technical
technique teenager telecom telescope temple tenant tendency tennis tension tensions tent
territory terror terrorism terrorist terrorists testimony textile theatre theft theme theory
therapy thick thin threshold throne ticket tide tiger timber tissue title tobacco toll tone
tool tooth topic torture total tough tour tournament tower toxic track trade trader tradition
traditional tragedy trail trailer transaction transfer transform transition transmission
transparency transport trap trauma treasure treasury treat treatment tree trend tribal tribe
tribunal tribute trick trigger trip triumph tropical trouble truck true trust truth tube tunnel
turbine twin typhoon tyre ultimate unable uncertainty uncle underground understanding
unemployment unfair uniform unique unit unity universal unknown unlikely unrest update upgrade
upper upset urban urgent usage utility vacancy vaccine vaccines valid valley valuable value
variable variation variety vast vegetable vehicle venture venue verdict version vessel veteran
veterans veto victim video view village violation violence violent virtual virus visa vision
visitor visual vital voice volcano volume voluntary vote voyage vulnerable wage walk wall wallet
wander warehouse warfare warm warrant wash waste watch wave wealth wealthy weapon wear weather
web wedding weekend weekly weight welfare wheat wheel whisky widow width wildlife willing wind
window wine wing winner winter wire wisdom witness wolf wood wool worth wound wreck yard yield
youth zone
`;

/** Rarer words: the tail of the vocabulary. */
const RARE = `
abbey abide abolish abstract absurd abundance accession acclaim accomplice accord accusation
acoustic acquit acronym adamant addict adjacent adjourn admiral adolescent adorn adrift aerosol
affidavit affluent aftermath agile agitate agrarian ailing airborne airspace aisle alder algae
alibi allergy alley alloy almond aloft altitude aluminium amber ambush amend amenity ammunition
amnesty ample amplify anchor anecdote angler ankle annex annexation annul anomaly antelope
anthem antibiotic antique anvil apex apparatus appendix apprentice aquarium aqueduct arbiter
arbitrary arcade archbishop archer archipelago ardent arid armistice armour aroma arson artery
artisan ascend asphalt aspire assassin assassination asteroid astronaut astronomer asylum
atlas attic auction audacious auditor aviary aviation avid awning axle backlash badge badger
baggage bakery balcony ballad ballet balloon bamboo banana bandit banner banquet baptism barge
barley barn baron barracks barren basin basket batch battalion bauxite bazaar beacon beaver
beetle beggar belfry bellow benign berth beverage bicycle bilateral billboard biography biscuit
bishop bison blackout blanket blaze bleach blizzard blockade blossom blueprint blunder blush
boardwalk bodyguard bog bolster bombard bonfire bookshop booth border bounty bouquet boutique
boycott bracket brandy brass bravery bribe bribery brigade brigadier brine brink brochure bronze
brook broom brunt buffalo bulldozer bulletin bunker buoy bureaucracy burglar burglary burrow
butcher butterfly cabbage cactus cadet caffeine calamity calendar calf calibre camel canary
candle cannon canoe canopy canteen canyon capsule caravan cardinal caretaker carnival carpenter
carpet cartel cartoon cascade cashier casket catapult cathedral cauldron cavalry cedar cellar
cemetery ceramic chalk champagne chancellor chaplain charcoal charter chasm chauffeur chemist
cherry chestnut chimney chisel chorus chronicle cider cigar cinnamon citadel citrus clamour
clergy cliff climber clinic clover coalition cobalt cobble cockpit cocoa coconut coffin cohort
collar colonial comet commodity commuter compass composer comrade concierge condor confetti
congregation conquest consortium conspiracy constable consul contraband convent convoy copper
coral cordon cormorant cornerstone coronation corporal corps cosmetic cottage cougar counsel
counterfeit courier courtyard covenant coyote crane crater crayon creek crescent crocodile
crossroads crow crucible crusade cucumber cuisine culprit cupboard curator curb currant cushion
cutlery cypress dagger dam dandelion deacon debris decoy decree deficit delta demolish denim
deputy dervish desperado detour diadem dialect diaspora dictator dictatorship dinghy diocese
diplomat dispatch distillery ditch dividend dolphin dome donkey dossier dove dowry dragon
drizzle dugout dune dungeon dynasty eagle easel ebony eclipse edict eel elbow elder elephant
elk ember embargo embassy emblem emerald emigrant empress enclave encyclopedia envoy epidemic
epoch escort espionage estuary ethic evangelist exodus expatriate expedition fable falcon
famine fanfare farmhouse feast feather ferment ferry festival feud fiddle fig filament firearm
fjord flagship flamingo flannel flask flotilla flour fluke foal fodder foliage folklore
fortress fossil foundry fountain fox fragrance freighter frigate frost fugitive fungus furnace
gadget galaxy galleon gallon garrison garment garnet gazelle gazette generator geyser ginger
giraffe glacier gladiator glider goblet gondola gorilla gospel gourmet granary granite
grapevine gravel grenade greyhound grotto guild guitar gunboat gymnasium hamlet hammock hangar
harbour hardship harp harpoon haven hawk hazel headland hedge heron hinterland hive homestead
honey hornet hospice hound hurdle hut hydrant hymn iceberg igloo incense infantry inn insignia
insurgent insurgency insurgents invoice ivory jackal jade jaguar jasmine javelin jetty jockey
journeyman jubilee juggler jungle juniper kayak kernel kettle keyboard kiln kiosk kite knight
labyrinth lagoon lantern larch latitude lava lavender ledger lemon leopard lettuce levee lichen
lighthouse lilac limestone linen lion lizard lobster locomotive locust lodge longitude lullaby
lumber lynx magnate magnet magnolia mahogany mallet mammoth mandarin mango mansion maple marble
mariner marsh mascot mason meadow medallion melon mercenary meridian meteor microscope migrant
militia minaret mint missionary moat monastery monk monsoon moose morsel mosaic mosquito moth
mule mural mussel mustard nectar nickel nightingale nomad noodle nugget nutmeg oasis oath oboe
observatory octopus odyssey orchard orchestra orchid ostrich otter outpost oyster paddock
pagoda palette pamphlet panther papyrus parchment parish parrot pasture pavilion peacock peat
pebble pelican penguin peninsula pepper perch pharmacy pheasant pilgrimage pillar pine pirate
plateau plaza plum plume poacher pony poplar porcelain porridge potter prairie precinct
prophet puffin pulpit pumpkin quarry quartz quay quill rabbit raccoon radish rafter rampart
ranger rapids raven ravine reef reindeer relic reservoir rhinoceros ridge riverbank robin
rodeo rooftop rosemary ruby rudder rye saddle saffron sage salon sanctuary sandstone sapphire
sardine satchel savanna sawmill scaffold scarecrow schooner scorpion seagull seaweed sentry
sequoia serpent shanty shepherd sheriff shipyard shrine shrub sickle silo skyline slate sleigh
sloop smuggler snail sonnet sorghum spaniel sparrow spice spinach sponge squirrel stadium
stallion starling steeple stork strawberry sturgeon submarine sultan summit swallow swamp swan
sycamore tablet tambourine tangerine tapestry tavern telegraph terrace thatch thicket thistle
thrush thunder timberland tortoise totem tractor trawler trellis trench trombone trout trumpet
tulip tundra turbine turnip turquoise turtle tycoon umpire urchin vanilla vault velvet vessel
viaduct vineyard violin viper volcano vulture wagon walnut walrus warden warlord warship
waterfall watermill weasel whale wharf wheelbarrow whirlwind willow windmill wolf woodland
woodpecker workshop wren yacht yak zebra zenith zinc
`;

/** Syllables for invented proper names (people, places, companies): news is full of them. */
export const NAME_SYLLABLES = {
  onsets: 'b br c ch d dr f g gr h j k kl l m n p pr r s sh st t tr v w z'.split(' '),
  vowels: 'a e i o u ai ou ea ia'.split(' '),
  codas: ' n r l s m nd rt ck x v'.split(' '),
};

/** The vocabulary in rank order, each word once. */
export const VOCABULARY: readonly string[] = [
  ...new Set(`${COMMON} ${CONTENT} ${MIDDLE} ${RARE}`.split(/\s+/).filter(Boolean)),
];
