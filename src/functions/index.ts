/** Entry of the functions bundle: importing the sections registers every MINER.* function (the metadata plugin appends CustomFunctions.associate to each section file listed in webpack.config.js). */
import './sections';
